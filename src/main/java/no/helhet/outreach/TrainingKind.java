package no.helhet.outreach;

/** A course or session (training) or guidance given to coordinators. */
public enum TrainingKind {
    TRAINING,
    GUIDANCE
}
