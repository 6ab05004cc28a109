package no.helhet.complaint;

/** How a complaint came in. */
public enum ComplaintChannel {
    /** Registered by the coordinating unit from a letter, a call or a meeting. */
    REGISTERED,
    /** Written by the family (a guardian or the youth) in the family portal. */
    PORTAL
}
