package no.helhet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.GuardianSummary;
import no.helhet.shared.NotFoundException;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.Task;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The family's part in the child's plan (issue 14 item 4): its own goals marked as the family's,
 * the child's views with the date obtained, comments on measures and evaluations, each goal and
 * comment one task for whoever leads the plan work; only the family's guardians with parental
 * responsibility, only the family's own plan.
 */
@IntegrationTest
class FamilyPlansTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Autowired
    FamilyPlans familyPlans;

    @Autowired
    TaskService tasks;

    @Test
    void aGoalAndACommentOfTheFamilyEachMakeOneTaskForTheLead() {
        FamilyDetails family = family("Medvirkesen");
        UUID child = family.children().get(0).id();
        UUID kari = guardian(family, "Kari").id();
        UUID planId = planFixtures.aPlan(family);
        UUID lead = planFixtures.staffId("koord1");
        UUID staffGoal = plans.addGoal(planId, "Være med i friminuttene");
        UUID measure = plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        staffGoal,
                        "Assistent i friminuttene",
                        "Hver dag",
                        null,
                        null,
                        "Kontaktlærer",
                        null,
                        null,
                        null));
        UUID evaluation = plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        staffGoal, measure, plans.today(), EvaluationOutcome.IN_PROGRESS, "Går bedre", "Kari", null));

        UUID goal = familyPlans.addGoal(family.id(), kari, child, "Emma vil sykle til skolen");
        UUID onMeasure =
                familyPlans.commentOnMeasure(family.id(), kari, child, measure, "Assistenten er ikke der på fredager");
        UUID onEvaluation =
                familyPlans.commentOnEvaluation(family.id(), kari, child, evaluation, "Vi ser det samme hjemme");

        PlanContent content = plans.content(planId);
        assertThat(content.goals())
                .filteredOn(PlanGoal::writtenByFamily)
                .extracting(PlanGoal::id, PlanGoal::writtenByGuardianId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(goal, kari));
        assertThat(content.commentsOnMeasure(measure))
                .extracting(PlanComment::text, PlanComment::guardianId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Assistenten er ikke der på fredager", kari));
        assertThat(content.commentsOnEvaluation(evaluation))
                .extracting(PlanComment::text)
                .containsExactly("Vi ser det samme hjemme");

        assertThat(tasks.fromSource(TaskSource.FAMILY_PLAN_GOAL, goal))
                .singleElement()
                .satisfies(t -> assertOwnedBy(t, lead, family));
        assertThat(tasks.fromSource(TaskSource.FAMILY_PLAN_COMMENT, onMeasure))
                .singleElement()
                .satisfies(t -> assertOwnedBy(t, lead, family));
        assertThat(tasks.fromSource(TaskSource.FAMILY_PLAN_COMMENT, onEvaluation))
                .singleElement()
                .satisfies(t -> assertOwnedBy(t, lead, family));
        assertThat(tasks.openTasksOf(lead))
                .filteredOn(t -> family.id().equals(t.familyId()))
                .extracting(Task::source)
                .containsExactlyInAnyOrder(
                        TaskSource.FAMILY_PLAN_GOAL, TaskSource.FAMILY_PLAN_COMMENT, TaskSource.FAMILY_PLAN_COMMENT);

        assertThat(plans.removeMeasure(planId, measure))
                .as("a measure the family commented on is kept with the comment")
                .isFalse();

        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                .as("the plan page shows the family's goal marked and its comments")
                .hasStatusOk()
                .bodyText()
                .contains("Emma vil sykle til skolen")
                .contains("Skrevet av familien")
                .contains("Familiens kommentarer")
                .contains("Assistenten er ikke der på fredager")
                .contains("Vi ser det samme hjemme");
        assertThat(mvc.get().uri("/my-tasks").with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Familien har skrevet et eget mål i den individuelle planen")
                .contains("Familien har kommentert et tiltak eller en evaluering i den individuelle planen");
    }

    @Test
    void theFamilyWritesTheChildsViewsWithTheDateTheyWereObtained() {
        FamilyDetails family = family("Stemmesen");
        UUID child = family.children().get(0).id();
        UUID kari = guardian(family, "Kari").id();
        UUID planId = planFixtures.aPlan(family);

        familyPlans.writeChildViews(
                family.id(),
                kari,
                child,
                "Jeg vil være med på fotball",
                plans.today().minusDays(2),
                "Vi snakket ved middagen",
                null);

        PlanContent content = plans.content(planId);
        assertThat(content.text(PlanSection.CHILD_VIEWS)).isEqualTo("Jeg vil være med på fotball");
        assertThat(content.obtainedOn(PlanSection.CHILD_VIEWS))
                .isEqualTo(plans.today().minusDays(2));
        assertThat(content.text(PlanSection.CHILD_VIEWS_BY)).isEqualTo("Kari Stemmesen");
        assertThat(content.text(PlanSection.CHILD_VIEWS_HOW)).isEqualTo("Vi snakket ved middagen");

        assertThatThrownBy(() ->
                        familyPlans.writeChildViews(family.id(), kari, child, "Noe annet", plans.today(), null, null))
                .as("written by someone else in between: the family's text is not saved over it")
                .isInstanceOf(SectionConflictException.class);
        assertThatThrownBy(() -> familyPlans.writeChildViews(
                        family.id(),
                        kari,
                        child,
                        "Fremtiden",
                        plans.today().plusDays(1),
                        null,
                        content.textVersion(PlanSection.CHILD_VIEWS)))
                .isInstanceOf(IllegalArgumentException.class);

        FamilyPlanView view = familyPlans.planOf(family.id(), kari, child).orElseThrow();
        assertThat(view.content().text(PlanSection.CHILD_VIEWS)).isEqualTo("Jeg vil være med på fotball");
        assertThat(view.lead().username()).isEqualTo("koord1");
        assertThat(view.guardianNames()).containsEntry(kari, "Kari Stemmesen");
    }

    @Test
    void onlyTheFamilysGuardiansWithParentalResponsibilityAndOnlyTheFamilysOwnPlan() {
        FamilyDetails family = family("Egensen");
        FamilyDetails other = family("Andresen");
        UUID child = family.children().get(0).id();
        UUID kari = guardian(family, "Kari").id();
        UUID per = guardian(family, "Per").id();
        UUID planId = planFixtures.aPlan(family);
        UUID otherPlan = planFixtures.aPlan(other);
        UUID otherMeasure = plans.addMeasure(
                otherPlan, new PlanService.NewMeasure(null, "Andres tiltak", null, null, null, null, null, null, null));
        UUID otherKari = guardian(other, "Kari").id();

        assertThatThrownBy(() -> familyPlans.addGoal(family.id(), per, child, "Et mål"))
                .as("a guardian without parental responsibility")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyPlans.planOf(family.id(), per, child)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyPlans.addGoal(family.id(), otherKari, child, "Et mål"))
                .as("another family's guardian")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyPlans.addGoal(other.id(), otherKari, child, "Et mål"))
                .as("another family's child")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyPlans.commentOnMeasure(family.id(), kari, child, otherMeasure, "Hei"))
                .as("a measure of another plan")
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.content(planId).goals()).isEmpty();
        assertThat(plans.content(otherPlan).comments()).isEmpty();

        FamilyDetails planless = family("Planløsen");
        assertThat(familyPlans.planOf(
                        planless.id(),
                        guardian(planless, "Kari").id(),
                        planless.children().get(0).id()))
                .isEmpty();
    }

    private static void assertOwnedBy(Task task, UUID owner, FamilyDetails family) {
        assertThat(task.ownerId()).isEqualTo(owner);
        assertThat(task.familyId()).isEqualTo(family.id());
        assertThat(task.doneAt()).isNull();
    }

    /** Kari with parental responsibility, Per without, and Emma (10). */
    private FamilyDetails family(String name) {
        return familyFixtures
                .aFamily()
                .named(name)
                .withGuardian("Kari")
                .withGuardianWithoutParentalResponsibility("Per")
                .withChild("Emma", 10)
                .build();
    }

    private static GuardianSummary guardian(FamilyDetails family, String givenName) {
        return family.guardians().stream()
                .filter(g -> g.givenName().equals(givenName))
                .findFirst()
                .orElseThrow();
    }
}
