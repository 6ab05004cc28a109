package no.helhet.assessment;

/** A draft can be changed; a decided assessment is frozen. */
public enum AssessmentStatus {
    DRAFT,
    DECIDED
}
