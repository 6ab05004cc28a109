package no.helhet.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The rows of a plan besides the plan itself: sections, participants, goals, measures, evaluations, changes. */
@Component
class PlanItems {

    private final PlanTextRepository texts;
    private final PlanParticipantRepository participants;
    private final PlanGoalRepository goals;
    private final PlanMeasureRepository measures;
    private final PlanEvaluationRepository evaluations;
    private final PlanChangeRepository changes;
    private final PlanCommentRepository comments;

    PlanItems(
            PlanTextRepository texts,
            PlanParticipantRepository participants,
            PlanGoalRepository goals,
            PlanMeasureRepository measures,
            PlanEvaluationRepository evaluations,
            PlanChangeRepository changes,
            PlanCommentRepository comments) {
        this.texts = texts;
        this.participants = participants;
        this.goals = goals;
        this.measures = measures;
        this.evaluations = evaluations;
        this.changes = changes;
        this.comments = comments;
    }

    /** One statement per kind of row, whatever the plan's size. */
    PlanContent content(IndividualPlan plan, List<Integer> versionNumbers) {
        UUID id = plan.id();
        return PlanContent.of(
                plan,
                texts.findByPlanId(id),
                participants.findByPlanId(id),
                goals.findByPlanId(id),
                measures.findByPlanId(id),
                evaluations.findByPlanId(id),
                comments.findByPlanId(id),
                versionNumbers);
    }

    Optional<PlanText> text(UUID planId, PlanSection section) {
        return texts.findByPlanId(planId).stream()
                .filter(t -> t.section() == section)
                .findFirst();
    }

    PlanText saveText(PlanText t) {
        return texts.save(t);
    }

    PlanParticipant saveParticipant(PlanParticipant p) {
        return participants.save(p);
    }

    PlanGoal saveGoal(PlanGoal g) {
        return goals.save(g);
    }

    int nextGoalPosition(UUID planId) {
        return goals.findByPlanId(planId).stream()
                        .mapToInt(PlanGoal::position)
                        .max()
                        .orElse(0)
                + 1;
    }

    boolean goalBelongs(UUID planId, UUID goalId) {
        return goals.findById(goalId).filter(g -> g.planId().equals(planId)).isPresent();
    }

    PlanMeasure measure(UUID planId, UUID measureId) {
        return measures.findById(measureId)
                .filter(m -> m.planId().equals(planId))
                .orElseThrow(() -> new NotFoundException("measure"));
    }

    PlanMeasure saveMeasure(PlanMeasure m) {
        return measures.save(m);
    }

    void deleteMeasure(PlanMeasure m) {
        measures.delete(m);
    }

    boolean isEvaluated(UUID measureId) {
        return evaluations.existsByMeasureId(measureId);
    }

    boolean isCommented(UUID measureId) {
        return comments.existsByMeasureId(measureId);
    }

    PlanComment saveComment(PlanComment c) {
        return comments.save(c);
    }

    PlanEvaluation evaluation(UUID planId, UUID evaluationId) {
        return evaluations
                .findById(evaluationId)
                .filter(e -> e.planId().equals(planId))
                .orElseThrow(() -> new NotFoundException("evaluation"));
    }

    List<PlanChange> changes(UUID planId) {
        return changes.findByPlanId(planId).stream()
                .sorted(Comparator.comparing(PlanChange::createdAt).reversed())
                .toList();
    }
}
