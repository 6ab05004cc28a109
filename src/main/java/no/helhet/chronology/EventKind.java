package no.helhet.chronology;

/** The kinds of event on a family's timeline. */
public enum EventKind {
    REQUEST,
    /** A request assigned to a KE caseworker (the latest assignment; shown by the caseworker's name). */
    REQUEST_ASSIGNED,
    ASSESSMENT,
    DECISION,
    APPOINTMENT,
    /** An appointment ended (a change, a conversion or the end of the right). */
    APPOINTMENT_ENDED,
    SERVICE,
    CONSENT,
    CONSENT_WITHDRAWN,
    CONTACT,
    NOTE,
    MEETING,
    TASK,
    LETTER,
    CHILD_BORN,
    CHILD_CORRECTED,
    COMPLAINT,
    COMPLAINT_RECONSIDERED,
    COMPLAINT_GOVERNOR,
    COOPERATION_NOTICE
}
