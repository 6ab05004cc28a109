package no.helhet.plan;

/** The frame form as the plan stands. */
final class FramePages {

    private FramePages() {}

    static FrameForm formOf(IndividualPlan plan) {
        FrameForm f = new FrameForm();
        f.setLeadStaffId(plan.leadStaffId());
        f.setPeriodFrom(plan.periodFrom());
        f.setPeriodUntil(plan.periodUntil());
        f.setNextEvaluationOn(plan.nextEvaluationOn());
        f.setRevisionOn(plan.revisionOn());
        f.setVersion(plan.version());
        return f;
    }
}
