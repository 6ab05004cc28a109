package no.helhet.complaint;

/** The coordinating unit's reconsideration of a complaint (LAW.md §2 item 12). */
public enum Reconsideration {
    /** A new decision in the family's favour. */
    REVERSED,
    /** A new decision that gives the family part of what it asked. */
    PARTLY_REVERSED,
    /** The decision stands: the complaint goes to Statsforvalteren. */
    UPHELD;

    /** Whether the reconsideration makes a new decision. */
    public boolean newDecision() {
        return this != UPHELD;
    }
}
