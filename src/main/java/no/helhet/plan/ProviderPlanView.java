package no.helhet.plan;

import java.util.List;
import java.util.UUID;

/** What a provider taking part in a plan sees: the plan's goals and its own measures with their evaluations. */
public record ProviderPlanView(
        IndividualPlan plan, List<PlanGoal> goals, List<PlanMeasure> measures, List<PlanEvaluation> evaluations) {

    public List<PlanMeasure> measuresOf(UUID goalId) {
        return measures.stream().filter(m -> goalId.equals(m.goalId())).toList();
    }

    public List<PlanMeasure> measuresWithoutGoal() {
        return measures.stream().filter(m -> m.goalId() == null).toList();
    }

    public List<PlanEvaluation> evaluationsOf(UUID measureId) {
        return evaluations.stream().filter(e -> measureId.equals(e.measureId())).toList();
    }
}
