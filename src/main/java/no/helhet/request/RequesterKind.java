package no.helhet.request;

/**
 * Who asked: a guardian, the youth themselves, someone on the family's behalf, or the coordinating
 * unit on its own initiative.
 */
public enum RequesterKind {
    GUARDIAN,
    ON_BEHALF,
    COORDINATING_UNIT,
    /** The youth themselves (from the family portal, or in person). */
    YOUTH
}
