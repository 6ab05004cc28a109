package no.helhet.document;

/** The kinds of letter Helhet writes. */
public enum DocumentKind {
    PRELIMINARY_ANSWER,
    DECISION_LETTER,
    APPOINTMENT_LETTER,
    CONSENT_FORM
}
