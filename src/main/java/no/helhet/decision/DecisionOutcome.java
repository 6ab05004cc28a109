package no.helhet.decision;

import no.helhet.assessment.Proposal;

/** What was decided. */
public enum DecisionOutcome {
    GRANTED_CHILD_COORDINATOR(Proposal.CHILD_COORDINATOR),
    GRANTED_GENERAL_COORDINATOR(Proposal.GENERAL_COORDINATOR),
    REFUSED(Proposal.REFUSAL);

    private final Proposal supportedBy;

    DecisionOutcome(Proposal supportedBy) {
        this.supportedBy = supportedBy;
    }

    public boolean granted() {
        return this != REFUSED;
    }

    /** Whether the assessment's proposal supports this outcome. */
    public boolean supportedBy(Proposal proposal) {
        return supportedBy == proposal;
    }

    /** The outcome an assessment's proposal leads to, if it is complete. */
    public static java.util.Optional<DecisionOutcome> proposedBy(Proposal proposal) {
        for (DecisionOutcome o : values()) {
            if (o.supportedBy == proposal) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
