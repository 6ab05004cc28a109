package no.helhet.assessment;

/** A decided assessment cannot change: a new assessment is needed. */
public class AssessmentFrozenException extends RuntimeException {

    public AssessmentFrozenException() {
        super("assessment is frozen");
    }
}
