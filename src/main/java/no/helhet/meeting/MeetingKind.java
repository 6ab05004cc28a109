package no.helhet.meeting;

/** Ansvarsgruppemøte or samarbeidsmøte. */
public enum MeetingKind {
    RESPONSIBILITY_GROUP,
    COOPERATION
}
