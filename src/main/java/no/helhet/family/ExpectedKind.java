package no.helhet.family;

/** How a child is expected: a pregnancy, or an adoption under way. */
public enum ExpectedKind {
    PREGNANCY,
    ADOPTION
}
