package no.helhet.request;

/** Who asked: a guardian, someone on the family's behalf, or the coordinating unit on its own initiative. */
public enum RequesterKind {
    GUARDIAN,
    ON_BEHALF,
    COORDINATING_UNIT
}
