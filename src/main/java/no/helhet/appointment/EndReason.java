package no.helhet.appointment;

/** Why an appointment ended (a change or end is a written decision that can be complained about). */
public enum EndReason {
    CHANGE_OF_PERSON,
    AGE_18,
    EXTENSION_ENDED,
    WITHDRAWN,
    MOVED,
    NEED_CEASED
}
