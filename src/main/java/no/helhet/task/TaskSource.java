package no.helhet.task;

/** Where a task came from. */
public enum TaskSource {
    MEETING_ACTION
}
