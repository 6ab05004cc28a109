package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.plan.EvaluationOutcome;
import no.helhet.plan.PlanContent;
import no.helhet.plan.PlanFixtures;
import no.helhet.plan.PlanSection;
import no.helhet.plan.PlanService;
import no.helhet.support.FamilyPortalLogins;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The child's plan in the family portal (issue 14 item 4): read in plain language; the family writes
 * a goal, the child's views with the date and comments on a measure and an evaluation, each goal
 * and comment one task for the plan's lead; bad input is answered next to the field with the input
 * kept; another family's child, measure or evaluation is "not found".
 */
@IntegrationTest
class FamilyPortalPlanTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyPortalLogins logins;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Test
    void theFamilyReadsThePlanWritesAGoalTheChildsViewsAndComments() {
        FamilyDetails family = family("Plansen");
        UUID child = family.children().get(0).id();
        UUID planId = planFixtures.aPlan(family);
        UUID goal = plans.addGoal(planId, "Være med i friminuttene");
        UUID measure = plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal, "Assistent i friminuttene", "Hver dag", null, null, "Kontaktlærer", null, null, null));
        UUID evaluation = plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        goal, measure, plans.today(), EvaluationOutcome.IN_PROGRESS, "Går bedre", "Kari", null));
        String page = "/family-portal/children/" + child + "/plan";
        var kari = logins.asGuardian(family);

        assertThat(mvc.get().uri(page).with(kari))
                .hasStatusOk()
                .bodyText()
                .contains("Planen til Emma – Helhet")
                .contains("Være med i friminuttene")
                .contains("Assistent i friminuttene")
                .contains("Hvem: Kontaktlærer. Hvor mye: Hver dag.")
                .contains("Status: Planlagt")
                .contains("Går bedre");

        assertThat(mvc.post().uri(page + "/goals").with(kari).with(csrf()).param("text", "Sykle til skolen"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri(page + "/child-views")
                        .with(kari)
                        .with(csrf())
                        .param("views", "Jeg vil spille fotball")
                        .param("obtainedOn", plans.today().toString())
                        .param("how", "Ved middagen"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri(page + "/measures/" + measure + "/comments")
                        .with(kari)
                        .with(csrf())
                        .param("text", "Assistenten mangler på fredager"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri(page + "/evaluations/" + evaluation + "/comments")
                        .with(kari)
                        .with(csrf())
                        .param("text", "Vi ser det samme hjemme"))
                .hasStatus(HttpStatus.FOUND);

        PlanContent content = plans.content(planId);
        assertThat(content.goals()).anySatisfy(g -> {
            assertThat(g.text()).isEqualTo("Sykle til skolen");
            assertThat(g.writtenByFamily()).isTrue();
        });
        assertThat(content.text(PlanSection.CHILD_VIEWS)).isEqualTo("Jeg vil spille fotball");
        assertThat(content.obtainedOn(PlanSection.CHILD_VIEWS)).isEqualTo(plans.today());
        assertThat(content.commentsOnMeasure(measure)).hasSize(1);
        assertThat(content.commentsOnEvaluation(evaluation)).hasSize(1);
        UUID lead = planFixtures.staffId("koord1");
        assertThat(tasks.openTasksOf(lead))
                .filteredOn(t -> family.id().equals(t.familyId()))
                .extracting(t -> t.source())
                .containsExactlyInAnyOrder(
                        TaskSource.FAMILY_PLAN_GOAL, TaskSource.FAMILY_PLAN_COMMENT, TaskSource.FAMILY_PLAN_COMMENT);

        assertThat(mvc.get().uri(page).with(kari))
                .bodyText()
                .contains("Skrevet av familien (Kari Plansen)")
                .contains("Jeg vil spille fotball")
                .contains("Kari Plansen: Assistenten mangler på fredager")
                .contains("Kari Plansen: Vi ser det samme hjemme");
    }

    @Test
    void badInputIsAnsweredNextToTheFieldWithTheInputKept() {
        FamilyDetails family = family("Feilsen");
        UUID child = family.children().get(0).id();
        UUID planId = planFixtures.aPlan(family);
        UUID measure = plans.addMeasure(
                planId, new PlanService.NewMeasure(null, "Leksehjelp", null, null, null, null, null, null, null));
        String page = "/family-portal/children/" + child + "/plan";
        var kari = logins.asGuardian(family);

        assertThat(mvc.post()
                        .uri(page + "/child-views")
                        .with(kari)
                        .with(csrf())
                        .param("views", "Fremtidens ord")
                        .param("obtainedOn", plans.today().plusDays(3).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Datoen kan ikke være fram i tid.")
                .contains("Fremtidens ord");
        assertThat(mvc.post()
                        .uri(page + "/measures/" + measure + "/comments")
                        .with(kari)
                        .with(csrf())
                        .param("text", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en kommentar før du sender.");
        assertThat(plans.content(planId).comments()).isEmpty();
        assertThat(tasks.fromSource(TaskSource.FAMILY_PLAN_COMMENT, measure)).isEmpty();
    }

    @Test
    void anotherFamilysChildMeasureOrEvaluationIsNotFound() {
        FamilyDetails family = family("Hjemme");
        FamilyDetails other = family("Borte");
        UUID otherPlan = planFixtures.aPlan(other);
        UUID otherChild = other.children().get(0).id();
        UUID otherGoal = plans.addGoal(otherPlan, "Deres mål");
        UUID otherMeasure = plans.addMeasure(
                otherPlan,
                new PlanService.NewMeasure(otherGoal, "Deres tiltak", null, null, null, null, null, null, null));
        UUID otherEvaluation = plans.evaluate(
                otherPlan,
                new PlanService.Evaluation(
                        otherGoal, null, plans.today(), EvaluationOutcome.IN_PROGRESS, "Deres", null, null));
        planFixtures.aPlan(family);
        UUID child = family.children().get(0).id();
        var kari = logins.asGuardian(family);

        assertThat(mvc.get()
                        .uri("/family-portal/children/" + otherChild + "/plan")
                        .with(kari))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/children/" + otherChild + "/plan/goals")
                        .with(kari)
                        .with(csrf())
                        .param("text", "Inn"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/children/" + child + "/plan/measures/" + otherMeasure + "/comments")
                        .with(kari)
                        .with(csrf())
                        .param("text", "Inn"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/children/" + child + "/plan/evaluations/" + otherEvaluation + "/comments")
                        .with(kari)
                        .with(csrf())
                        .param("text", "Inn"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(plans.content(otherPlan).comments()).isEmpty();
        assertThat(plans.content(otherPlan).goals()).hasSize(1);
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
}
