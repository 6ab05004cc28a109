package no.helhet.assessment;

/** The caseworker's conclusion on one condition. */
public enum Conclusion {
    MET,
    NOT_MET,
    UNCLEAR
}
