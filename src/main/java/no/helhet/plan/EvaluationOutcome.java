package no.helhet.plan;

/** What an evaluation of a goal or a measure found. */
public enum EvaluationOutcome {
    ACHIEVED,
    IN_PROGRESS,
    NOT_ACHIEVED,
    CHANGED
}
