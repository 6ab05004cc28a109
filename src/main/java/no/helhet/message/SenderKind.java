package no.helhet.message;

/** Who wrote a message. */
public enum SenderKind {
    /** A guardian of the family, in the family portal. */
    GUARDIAN,
    /** A youth, in the family portal, in their own thread. */
    YOUTH,
    /** The coordinator or someone in the coordinating unit. */
    STAFF;

    /** Whether the family wrote it. */
    public boolean family() {
        return this != STAFF;
    }
}
