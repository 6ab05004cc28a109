package no.helhet.providerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.plan.EvaluationOutcome;
import no.helhet.plan.MeasureStatus;
import no.helhet.plan.PlanFixtures;
import no.helhet.plan.PlanMeasure;
import no.helhet.plan.PlanSection;
import no.helhet.plan.PlanService;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A provider takes part in the individual plan (issue 9, item 7): the contact of a provider
 * responsible for a measure sees the plan's goals and its own measures, changes their status and
 * adds evaluation notes, under a consent that covers the plan; everything else answers 404, and
 * every read and change is in the access log.
 */
@IntegrationTest
class ProviderPlanTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Autowired
    ConsentService consents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theResponsibleProviderSeesTheGoalsAndItsOwnMeasuresAndNothingElse() {
        FamilyDetails family = fixtures.aFamily("Planportalsen", 10);
        Plan p = aPlanWithMeasures(family);
        plans.writeSection(p.planId, PlanSection.NEEDS, "Hemmelig behovstekst", null);

        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("/provider-portal/plans/" + p.planId);
        assertThat(mvc.get().uri("/provider-portal/plans/" + p.planId).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Emma vil lese selv", "Lesekurs på skolen", "Vurdert: god framgang")
                .doesNotContain("Fysioterapi hjemme", "Hemmelig behovstekst", "Hemmelig målevaluering");
        assertThat(mvc.get().uri("/plans/" + p.planId).with(fixtures.as("skole")))
                .as("the coordinators' plan page stays closed")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(granted(family, "provider-portal.plan")).isEqualTo(1);
    }

    @Test
    void theProviderChangesItsOwnMeasuresStatusAndAddsANoteButNotAnotherProvidersMeasure() {
        FamilyDetails family = fixtures.aFamily("Statussen", 10);
        Plan p = aPlanWithMeasures(family);

        assertThat(status(p.mine, MeasureStatus.ONGOING, version(p.planId, p.mine)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(measure(p.planId, p.mine).status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(mvc.post()
                        .uri("/provider-portal/measures/" + p.mine + "/evaluations")
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("evaluatedOn", plans.today().toString())
                        .param("outcome", "IN_PROGRESS")
                        .param("comment", "Leser korte tekster"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(plans.content(p.planId).evaluationsOfMeasure(p.mine))
                .extracting(e -> e.comment())
                .contains("Leser korte tekster");

        int theirs = version(p.planId, p.theirs);
        assertThat(status(p.theirs, MeasureStatus.DONE, theirs)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/provider-portal/measures/" + p.theirs + "/evaluations")
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("evaluatedOn", plans.today().toString())
                        .param("outcome", "ACHIEVED")
                        .param("comment", "Skolen skriver om fysio"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(measure(p.planId, p.theirs).status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(plans.content(p.planId).evaluationsOfMeasure(p.theirs)).isEmpty();
        assertThat(granted(family, "provider-portal.plan.measure-status")).isEqualTo(2);
        assertThat(granted(family, "provider-portal.plan.evaluation")).isEqualTo(2);
    }

    @Test
    void aNoteWithoutACommentIsRefusedWithTheInputKept() {
        FamilyDetails family = fixtures.aFamily("Notatsen", 10);
        Plan p = aPlanWithMeasures(family);
        assertThat(mvc.post()
                        .uri("/provider-portal/measures/" + p.mine + "/evaluations")
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("evaluatedOn", plans.today().toString())
                        .param("outcome", "ACHIEVED")
                        .param("comment", " ")
                        .param("takingPart", "Kontaktlærer Olsen"))
                .hasStatusOk()
                .bodyText()
                .contains("Olsen", "Fyll ut feltet.");
        assertThat(plans.content(p.planId).evaluationsOfMeasure(p.mine)).hasSize(1);
    }

    @Test
    void aConsentWithoutTheIndividualPlanShowsNothingOfThePlan() {
        FamilyDetails family = fixtures.aFamily("Skolesamtykkesen", 10);
        planFixtures.aPlanConsent(family, planFixtures.providerNamed("BUP Demo"));
        UUID planId = plans.startPlan(family.id(), family.children().get(0).id(), null);
        UUID mine = measureOf(planId, planFixtures.providerNamed("Solbakken skole"), "Lesekurs");
        consent(family, EnumSet.of(InformationKind.SCHOOL));

        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/provider-portal/plans/");
        assertRefused(family, planId, mine);
    }

    @Test
    void withoutAnyConsentForTheProviderThePlanIsNotFound() {
        FamilyDetails family = fixtures.aFamily("Usamtykkeplansen", 10);
        planFixtures.aPlanConsent(family, planFixtures.providerNamed("BUP Demo"));
        UUID planId = plans.startPlan(family.id(), family.children().get(0).id(), null);
        UUID mine = measureOf(planId, planFixtures.providerNamed("Solbakken skole"), "Lesekurs");
        assertRefused(family, planId, mine);
    }

    @Test
    void aProviderNotResponsibleForAnyMeasureSeesNoPlan() {
        FamilyDetails family = fixtures.aFamily("Uansvarsen", 10);
        UUID planId = planFixtures.aPlan(family);
        UUID theirs = measureOf(planId, planFixtures.providerNamed("BUP Demo"), "Samtaler");
        assertThat(mvc.get().uri("/provider-portal/plans/" + planId).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(status(theirs, MeasureStatus.DONE, version(planId, theirs))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(denied(family)).isEqualTo(2);
    }

    @Test
    void anotherFamilysMeasureIsCheckedAgainstItsOwnFamily() {
        FamilyDetails covered = fixtures.aFamily("Dekketplansen", 10);
        aPlanWithMeasures(covered);
        FamilyDetails other = fixtures.aFamily("Andreplansen", 10);
        planFixtures.aPlanConsent(other, planFixtures.providerNamed("BUP Demo"));
        UUID otherPlan = plans.startPlan(other.id(), other.children().get(0).id(), null);
        UUID othersMeasure = measureOf(otherPlan, planFixtures.providerNamed("Solbakken skole"), "Leksehjelp");

        assertThat(status(othersMeasure, MeasureStatus.DONE, version(otherPlan, othersMeasure)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/provider-portal/measures/" + othersMeasure + "/evaluations/new")
                        .with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(measure(otherPlan, othersMeasure).status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(denied(other)).isEqualTo(2);
    }

    private void assertRefused(FamilyDetails family, UUID planId, UUID mine) {
        assertThat(mvc.get().uri("/provider-portal/plans/" + planId).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .doesNotContain("Lesekurs");
        assertThat(status(mine, MeasureStatus.DONE, version(planId, mine))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/provider-portal/measures/" + mine + "/evaluations")
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("evaluatedOn", plans.today().toString())
                        .param("outcome", "ACHIEVED")
                        .param("comment", "Bra"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(measure(planId, mine).status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(plans.content(planId).evaluationsOfMeasure(mine)).isEmpty();
        assertThat(denied(family)).as("each refusal is in the access log").isEqualTo(3);
    }

    /** A plan on a consent covering the plan and the school, a goal, the school's measure (evaluated once) and BUP's. */
    private Plan aPlanWithMeasures(FamilyDetails family) {
        UUID planId = planFixtures.aPlan(family);
        UUID goal = plans.addGoal(planId, "Emma vil lese selv");
        UUID mine = plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal,
                        "Lesekurs på skolen",
                        "To timer i uken",
                        null,
                        planFixtures.providerNamed("Solbakken skole"),
                        "Lærer Li",
                        null,
                        null,
                        null));
        UUID theirs = plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal,
                        "Fysioterapi hjemme",
                        null,
                        null,
                        planFixtures.providerNamed("BUP Demo"),
                        null,
                        null,
                        null,
                        null));
        plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        null, mine, plans.today(), EvaluationOutcome.IN_PROGRESS, "Vurdert: god framgang", "Li", null));
        plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        goal,
                        null,
                        plans.today(),
                        EvaluationOutcome.IN_PROGRESS,
                        "Hemmelig målevaluering",
                        "Mor",
                        null));
        return new Plan(planId, mine, theirs);
    }

    private UUID measureOf(UUID planId, UUID provider, String description) {
        return plans.addMeasure(
                planId, new PlanService.NewMeasure(null, description, null, null, provider, null, null, null, null));
    }

    private void consent(FamilyDetails family, EnumSet<InformationKind> kinds) {
        consents.recordConsent(
                family.id(),
                new NewConsent(
                        family.children().get(0).id(),
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(planFixtures.providerNamed("Solbakken skole")),
                        kinds,
                        ConsentForm.WRITTEN,
                        consents.today(),
                        null));
    }

    private MvcTestResult status(UUID measureId, MeasureStatus status, int version) {
        return mvc.post()
                .uri("/provider-portal/measures/" + measureId + "/status")
                .with(fixtures.as("skole"))
                .with(csrf())
                .param("status", status.name())
                .param("version", String.valueOf(version))
                .exchange();
    }

    private PlanMeasure measure(UUID planId, UUID measureId) {
        List<PlanMeasure> all = plans.content(planId).measures();
        return all.stream().filter(m -> m.id().equals(measureId)).findFirst().orElseThrow();
    }

    private int version(UUID planId, UUID measureId) {
        return measure(planId, measureId).version();
    }

    private long granted(FamilyDetails family, String what) {
        return jdbc.sql("select count(*) from access_log where family_id = :id and username = 'skole'"
                        + " and outcome = 'GRANTED' and what = :what")
                .param("id", family.id())
                .param("what", what)
                .query(Long.class)
                .single();
    }

    private long denied(FamilyDetails family) {
        return jdbc.sql("select count(*) from access_log where family_id = :id and username = 'skole'"
                        + " and outcome = 'DENIED'")
                .param("id", family.id())
                .query(Long.class)
                .single();
    }

    private record Plan(UUID planId, UUID mine, UUID theirs) {}
}
