package no.helhet.task;

/** Where a task came from. */
public enum TaskSource {
    MEETING_ACTION,
    /** A request has waited past the configured limit. */
    REQUEST_WAITING,
    /** A child turns 18 within 90 days: the right to a barnekoordinator ends. */
    TURNING_18,
    /** A consent expires within 30 days. */
    CONSENT_EXPIRING,
    /** A coordinator has had no training from the coordinating unit within the configured interval. */
    TRAINING_DUE,
    /** The evaluation of an individual plan is overdue. */
    PLAN_EVALUATION_OVERDUE,
    /** Statsforvalteren upheld the municipality's decision on a complaint: tell the family, close the complaint. */
    COMPLAINT_GOVERNOR_UPHELD,
    /** Statsforvalteren reversed the decision on a complaint: carry out the new decision. */
    COMPLAINT_GOVERNOR_REVERSED,
    /** Statsforvalteren sent the complaint back for new handling: handle the case again. */
    COMPLAINT_GOVERNOR_SENT_BACK,
    /** The yearly review of a barnekoordinator extended after 18 is due. */
    EXTENSION_REVIEW,
    /** The family wrote a message (in the family portal): read and answer it; closed by the answer. */
    MESSAGE_FROM_FAMILY,
    /** The family wrote a goal of its own in the child's individual plan (family portal). */
    FAMILY_PLAN_GOAL,
    /** The family commented on a measure or an evaluation of the child's individual plan (family portal). */
    FAMILY_PLAN_COMMENT;

    /** The message key of a generated task's title. */
    public String titleKey() {
        return "task.generated." + name();
    }
}
