package no.helhet.plan;

/** Where a measure stands. */
public enum MeasureStatus {
    PLANNED,
    ONGOING,
    DONE,
    STOPPED
}
