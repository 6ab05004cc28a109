package no.helhet.staff;

/** Whether a coordinator has had the coordinating unit's training. */
public enum TrainingStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
