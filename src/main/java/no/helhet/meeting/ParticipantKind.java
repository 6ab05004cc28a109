package no.helhet.meeting;

/** Who a participant is. */
public enum ParticipantKind {
    STAFF,
    PROVIDER_CONTACT,
    GUARDIAN,
    CHILD
}
