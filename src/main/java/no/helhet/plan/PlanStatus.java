package no.helhet.plan;

/** Where a plan stands: a draft being written or changed, or frozen as its last approved version. */
public enum PlanStatus {
    DRAFT,
    APPROVED
}
