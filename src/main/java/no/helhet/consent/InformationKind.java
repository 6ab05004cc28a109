package no.helhet.consent;

/** The kinds of information a consent can cover. */
public enum InformationKind {
    HEALTH,
    KINDERGARTEN,
    SCHOOL,
    CHILD_WELFARE,
    NAV,
    INDIVIDUAL_PLAN,
    MEETING_MINUTES
}
