package no.helhet.plan;

/** No active consent covers the individual plan for the child, so the plan work cannot start. */
public class PlanConsentMissingException extends RuntimeException {

    PlanConsentMissingException() {
        super("no active consent covers the individual plan");
    }
}
