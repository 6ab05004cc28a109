package no.helhet.plan;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everything of one plan, read in a fixed number of statements whatever its size: the plan,
 * its sections, participants, goals, measures, evaluations, the family's comments and approved
 * version numbers.
 */
public record PlanContent(
        IndividualPlan plan,
        Map<PlanSection, PlanText> texts,
        List<PlanParticipant> participants,
        List<PlanGoal> goals,
        List<PlanMeasure> measures,
        List<PlanEvaluation> evaluations,
        List<PlanComment> comments,
        List<Integer> versions) {

    static PlanContent of(
            IndividualPlan plan,
            List<PlanText> texts,
            List<PlanParticipant> participants,
            List<PlanGoal> goals,
            List<PlanMeasure> measures,
            List<PlanEvaluation> evaluations,
            List<PlanComment> comments,
            List<Integer> versions) {
        Map<PlanSection, PlanText> bySection = new EnumMap<>(PlanSection.class);
        texts.forEach(t -> bySection.put(t.section(), t));
        return new PlanContent(
                plan,
                bySection,
                participants.stream()
                        .sorted(Comparator.comparing(PlanParticipant::createdAt))
                        .toList(),
                goals.stream()
                        .sorted(Comparator.comparingInt(PlanGoal::position))
                        .toList(),
                measures.stream()
                        .sorted(Comparator.comparing(PlanMeasure::createdAt))
                        .toList(),
                evaluations.stream()
                        .sorted(Comparator.comparing(PlanEvaluation::evaluatedOn)
                                .thenComparing(PlanEvaluation::createdAt)
                                .reversed())
                        .toList(),
                comments.stream()
                        .sorted(Comparator.comparing(PlanComment::createdAt))
                        .toList(),
                versions.stream().sorted().toList());
    }

    /** The text of a section, or empty. */
    public String text(PlanSection section) {
        PlanText t = texts.get(section);
        return t == null || t.text() == null ? "" : t.text();
    }

    /** When the child's views were obtained, or empty. */
    public java.time.LocalDate obtainedOn(PlanSection section) {
        PlanText t = texts.get(section);
        return t == null ? null : t.obtainedOn();
    }

    /** The version of a section as last saved, or empty before it is first written. */
    public Integer textVersion(PlanSection section) {
        PlanText t = texts.get(section);
        return t == null ? null : t.version();
    }

    public List<PlanMeasure> measuresOf(UUID goalId) {
        return measures.stream().filter(m -> goalId.equals(m.goalId())).toList();
    }

    public List<PlanMeasure> measuresWithoutGoal() {
        return measures.stream().filter(m -> m.goalId() == null).toList();
    }

    public List<PlanEvaluation> evaluationsOfGoal(UUID goalId) {
        return evaluations.stream()
                .filter(e -> goalId.equals(e.goalId()) && e.measureId() == null)
                .toList();
    }

    public List<PlanEvaluation> evaluationsOfMeasure(UUID measureId) {
        return evaluations.stream().filter(e -> measureId.equals(e.measureId())).toList();
    }

    /** The family's comments on a measure, oldest first. */
    public List<PlanComment> commentsOnMeasure(UUID measureId) {
        return comments.stream().filter(c -> measureId.equals(c.measureId())).toList();
    }

    /** The family's comments on an evaluation, oldest first. */
    public List<PlanComment> commentsOnEvaluation(UUID evaluationId) {
        return comments.stream()
                .filter(c -> evaluationId.equals(c.evaluationId()))
                .toList();
    }

    /** The plan's content item by item, to compare with an approved version. */
    Map<String, PlanDiff.Item> items() {
        Map<String, PlanDiff.Item> items = new LinkedHashMap<>();
        for (PlanSection s : PlanSection.values()) {
            PlanText t = texts.get(s);
            items.put(s.itemKey(), new PlanDiff.Item(s.labelKey(), t == null ? "" : t.content()));
        }
        participants.forEach(p -> items.put("participant." + p.id(), new PlanDiff.Item(p.name(), p.content())));
        goals.forEach(g -> items.put("goal." + g.id(), new PlanDiff.Item(g.text(), g.text())));
        measures.forEach(m -> items.put("measure." + m.id(), new PlanDiff.Item(m.description(), m.content())));
        items.put(
                "section.PERIOD",
                new PlanDiff.Item(
                        "plan.period",
                        String.join(
                                " – ",
                                String.valueOf(plan.periodFrom()),
                                String.valueOf(plan.periodUntil()),
                                String.valueOf(plan.nextEvaluationOn()),
                                String.valueOf(plan.revisionOn()))));
        return items;
    }

    static Map<String, PlanDiff.Item> itemsOf(PlanVersion version) {
        return version.items().stream()
                .collect(Collectors.toMap(
                        PlanVersionItem::itemKey,
                        i -> new PlanDiff.Item(i.label(), i.content()),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
