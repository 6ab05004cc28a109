package no.helhet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PlanServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Autowired
    OverduePlanEvaluations overdue;

    @Test
    void thePlanWorkNeedsAConsentThatCoversTheIndividualPlan() {
        FamilyDetails family = fixtures.aFamily("Planløs", 9);
        UUID child = family.children().get(0).id();
        UUID school = planFixtures.providerNamed("Solbakken skole");
        planFixtures.aPlanConsent(family, school);
        assertThat(plans.coveringConsents(family.id(), child)).hasSize(1);

        FamilyDetails other = fixtures.aFamily("Samtykkeløs", 9);
        assertThatThrownBy(() ->
                        plans.startPlan(other.id(), other.children().get(0).id(), null))
                .isInstanceOf(PlanConsentMissingException.class);
        assertThat(plans.findForChild(other.children().get(0).id())).isEmpty();
    }

    @Test
    void aChildHasOnePlanAndASecondIsRefusedPointingToTheFirst() {
        FamilyDetails family = fixtures.aFamily("Enplan", 10);
        UUID first = planFixtures.aPlan(family);
        assertThatThrownBy(() ->
                        plans.startPlan(family.id(), family.children().get(0).id(), null))
                .isInstanceOfSatisfying(
                        PlanExistsException.class, e -> assertThat(e.planId()).isEqualTo(first));
        assertThat(plans.forFamily(family.id())).hasSize(1);
    }

    @Test
    void anApprovedVersionIsFrozenAndTheChangesSinceItAreMarked() {
        FamilyDetails family = fixtures.aFamily("Versjon", 11);
        UUID planId = planFixtures.aPlan(family);
        plans.writeSection(planId, PlanSection.OWN_GOALS, "Emma vil gå på skolen hver dag.", null);
        UUID goal = plans.addGoal(planId, "Gå på skolen hver dag");
        UUID measure = plans.addMeasure(planId, measure(goal, "Skyss til skolen"));
        UUID dropped = plans.addMeasure(planId, measure(goal, "Leksehjelp"));

        assertThat(plans.approve(planId, plans.getPlan(planId).version())).isEqualTo(1);
        assertThat(plans.getPlan(planId).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plans.changesSince(planId, 1)).isEmpty();

        PlanText own = plans.content(planId).texts().get(PlanSection.OWN_GOALS);
        plans.writeSection(planId, PlanSection.OWN_GOALS, "Emma vil gå på skolen og ha en venn.", own.version());
        assertThat(plans.getPlan(planId).status())
                .as("an edit makes a new draft")
                .isEqualTo(PlanStatus.DRAFT);
        UUID newGoal = plans.addGoal(planId, "Ha en venn i klassen");
        assertThat(plans.removeMeasure(planId, dropped)).isTrue();

        assertThat(plans.changesSince(planId, 1))
                .extracting(PlanDiff.Change::itemKey, PlanDiff.Change::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("section.OWN_GOALS", PlanDiff.Kind.EDITED),
                        org.assertj.core.groups.Tuple.tuple("goal." + newGoal, PlanDiff.Kind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("measure." + dropped, PlanDiff.Kind.REMOVED));
        assertThat(plans.changeLog(planId))
                .as("every change is kept, with who and when")
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(c -> assertThat(c.createdAt()).isNotNull());

        assertThat(plans.approve(planId, plans.getPlan(planId).version())).isEqualTo(2);
        assertThat(plans.changesSince(planId, 2)).isEmpty();
        assertThat(plans.changesSince(planId, 1))
                .as("version 1 stays as it was approved")
                .hasSize(3);
        assertThat(plans.content(planId).measures()).extracting(PlanMeasure::id).containsExactly(measure);
    }

    @Test
    void anEvaluatedMeasureIsKept() {
        FamilyDetails family = fixtures.aFamily("Evaluert", 8);
        UUID planId = planFixtures.aPlan(family);
        UUID goal = plans.addGoal(planId, "Sove hele natten");
        UUID measure = plans.addMeasure(planId, measure(goal, "Søvnveiledning"));
        plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        null,
                        measure,
                        plans.today(),
                        EvaluationOutcome.IN_PROGRESS,
                        "Bedre",
                        "Mor, helsesykepleier",
                        null));
        assertThat(plans.removeMeasure(planId, measure)).isFalse();
        assertThat(plans.content(planId).evaluationsOfMeasure(measure))
                .singleElement()
                .satisfies(e -> assertThat(e.goalId()).isEqualTo(goal));
    }

    @Test
    void anOverdueEvaluationBecomesATaskForWhoeverLeadsThePlanOnTheDayAfterItsDate() {
        FamilyDetails family = fixtures.aFamily("Forfalt", 12);
        UUID planId = planFixtures.aPlan(family);
        LocalDate due = LocalDate.of(2027, 3, 1);
        IndividualPlan plan = plans.getPlan(planId);
        plans.setFrame(
                planId,
                new PlanService.Frame(plan.leadStaffId(), due.minusMonths(6), due.plusYears(1), due, due.plusMonths(6)),
                plan.version());

        assertThat(candidatesFor(planId, due))
                .as("on the date itself it is not overdue")
                .isEmpty();
        assertThat(candidatesFor(planId, due.plusDays(1))).singleElement().satisfies(t -> {
            assertThat(t.ownerId()).isEqualTo(planFixtures.staffId("koord1"));
            assertThat(t.dueOn()).isEqualTo(due);
            assertThat(t.familyId()).isEqualTo(family.id());
        });
        assertThat(overdue.countOverdue(due.plusDays(1))).isGreaterThanOrEqualTo(1);

        UUID goal = plans.addGoal(planId, "Delta i fotball");
        plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        goal,
                        null,
                        due.plusDays(1),
                        EvaluationOutcome.ACHIEVED,
                        "Spiller hver uke",
                        "Emma, far",
                        due.plusMonths(6)));
        assertThat(candidatesFor(planId, due.plusDays(2)))
                .as("evaluated: the next date moves on")
                .isEmpty();
    }

    private java.util.List<TaskCandidate> candidatesFor(UUID planId, LocalDate day) {
        return overdue.candidates(day).stream()
                .filter(t -> t.sourceId().equals(planId) && t.source() == TaskSource.PLAN_EVALUATION_OVERDUE)
                .toList();
    }

    private static PlanService.NewMeasure measure(UUID goal, String description) {
        return new PlanService.NewMeasure(
                goal, description, "To timer i uken", "På skolen", null, "Kontaktlærer", null, null, null);
    }
}
