package no.helhet.complaint;

/** Statsforvalteren's outcome of a forwarded complaint. */
public enum GovernorOutcome {
    /** The municipality's decision stands. */
    UPHELD,
    /** Statsforvalteren changed the decision. */
    REVERSED,
    /** Sent back to the municipality for new handling. */
    SENT_BACK
}
