package no.helhet.plan;

/** Someone else saved the section since it was read: their text, to show beside one's own. */
public class SectionConflictException extends RuntimeException {

    private final PlanText current;

    SectionConflictException(PlanText current) {
        super("section changed by someone else");
        this.current = current;
    }

    public PlanText current() {
        return current;
    }
}
