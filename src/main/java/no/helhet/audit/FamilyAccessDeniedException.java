package no.helhet.audit;

/** The access policy refused; shown as "not found" so that nothing about the family is revealed. */
public class FamilyAccessDeniedException extends RuntimeException {

    public FamilyAccessDeniedException() {
        super("access denied");
    }
}
