package no.helhet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PlanControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Test
    void withoutAConsentThePageSaysWhatIsMissingAndLinksToRegisteringIt() {
        FamilyDetails family = fixtures.aFamily("Utensamtykke", 9);
        UUID child = family.children().get(0).id();
        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/plans/new?childId=" + child)
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("mangler et gyldig samtykke som dekker «Individuell plan»")
                .contains("/families/" + family.id() + "/consents/new");
        assertThat(start(family, child)).hasStatus(HttpStatus.FOUND);
        assertThat(plans.findForChild(child)).isEmpty();
    }

    @Test
    void aSecondPlanForTheChildLeadsToTheFirst() {
        FamilyDetails family = fixtures.aFamily("Toplaner", 9);
        UUID child = family.children().get(0).id();
        planFixtures.aPlanConsent(family, planFixtures.providerNamed("Solbakken skole"));
        MvcTestResult first = start(family, child);
        UUID planId = plans.findForChild(child).orElseThrow().id();
        assertThat(first).hasRedirectedUrl("/plans/" + planId);
        MvcTestResult second = start(family, child);
        assertThat(second).hasRedirectedUrl("/plans/" + planId);
        assertThat(second).flash().containsEntry("notice", "plan.exists");
        assertThat(plans.forFamily(family.id())).hasSize(1);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Individuell plan")
                .contains("/plans/" + planId);
    }

    @Autowired
    no.helhet.provider.ServicePicture services;

    /**
     * The forms offer the family's providers and coordinators, not the registers: at the national
     * size (5,000 providers, 2,000 staff) a page listing them all took seconds (docs/performance.md).
     */
    @Test
    void theFormsOfferTheFamilysProvidersAndCoordinatorsNotTheWholeRegisters() throws Exception {
        FamilyDetails family = fixtures.aFamily("Valg", 10);
        UUID planId = planFixtures.aPlan(family);
        services.recordService(
                family.id(),
                new no.helhet.provider.ServicePicture.NewService(
                        family.children().get(0).id(),
                        planFixtures.providerNamed("Helsestasjonen"),
                        "HEALTH_CARE",
                        no.helhet.provider.ServiceStatus.RECEIVED,
                        "Helsestasjon",
                        null,
                        null));
        String page = mvc.get()
                .uri("/plans/" + planId)
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String providerChoice = page.substring(page.indexOf("id=\"providerId\""));
        providerChoice = providerChoice.substring(0, providerChoice.indexOf("</select>"));
        assertThat(providerChoice)
                .contains("Helsestasjonen")
                .doesNotContain("BUP Demo")
                .doesNotContain("PP-tjenesten");
        String leadChoice = page.substring(page.indexOf("id=\"leadStaffId\""));
        leadChoice = leadChoice.substring(0, leadChoice.indexOf("</select>"));
        assertThat(leadChoice).contains(planFixtures.staffId("koord1").toString());
        assertThat(leadChoice.split("<option").length - 2)
                .as("the lead and the family's coordinators only")
                .isEqualTo(1);
    }

    @Test
    void thePageShowsEveryPartTheRegulationAsksFor() {
        FamilyDetails family = fixtures.aFamily("Innhold", 13);
        UUID planId = planFixtures.aPlan(family);
        UUID goal = plans.addGoal(planId, "Emma vil sykle til skolen");
        plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal,
                        "Sykkeltrening",
                        "En time i uken",
                        "Med fysioterapeut",
                        null,
                        "Fysioterapeut Berg",
                        null,
                        null,
                        null));
        plans.addParticipant(planId, "Kari Innhold", null, "Mor", "Følger til trening");
        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Egne mål",
                        "Ressurser",
                        "Behov",
                        "Deltakere",
                        "Kari Innhold",
                        "Hvem koordinerer",
                        "Leder planarbeidet",
                        "Hva barnet bidrar med",
                        "Hva familien bidrar med",
                        "Hva pårørende bidrar med",
                        "Sykkeltrening",
                        "Omfang",
                        "Hvordan det gjennomføres",
                        "Ansvarlig tjenesteyter",
                        "Ansvarlig person",
                        "Planperiode fra",
                        "Neste evaluering",
                        "Neste revisjon",
                        "Samtykker planen bygger på",
                        "Samtykke gitt",
                        "Samarbeid som trengs med andre",
                        "Hva er viktig for meg",
                        "Hvordan barnets mening kom fram",
                        "Barnet er 13 år: meningen skal tillegges stor vekt.",
                        "Barnet er 13 år, og barnets egen mening er ikke registrert.");
    }

    @Test
    void theChildsViewsAreDatedAndSignedOnThePage() {
        FamilyDetails family = fixtures.aFamily("Datert", 10);
        UUID planId = planFixtures.aPlan(family);
        plans.writeSection(planId, PlanSection.CHILD_VIEWS_BY, "Koordinator Kari", null);
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/sections/CHILD_VIEWS")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("text", "Jeg vil spille fotball.")
                        .param("obtainedOn", "2026-11-02"))
                .hasStatusOk()
                .bodyText()
                .contains("Lagret");
        assertThat(plans.content(planId).obtainedOn(PlanSection.CHILD_VIEWS))
                .isEqualTo(java.time.LocalDate.of(2026, 11, 2));
        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Barnets mening ble innhentet 2. november 2026 av Koordinator Kari.")
                .contains("value=\"2026-11-02\"");
        Integer version = plans.content(planId).textVersion(PlanSection.CHILD_VIEWS);
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/sections/CHILD_VIEWS")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("text", "Jeg vil spille håndball.")
                        .param("obtainedOn", plans.today().plusDays(1).toString())
                        .param("version", String.valueOf(version)))
                .hasStatusOk()
                .bodyText()
                .contains("Datoen kan ikke være fram i tid");
        assertThat(plans.content(planId).text(PlanSection.CHILD_VIEWS)).isEqualTo("Jeg vil spille fotball.");
        assertThat(plans.changeLog(planId))
                .extracting(PlanChange::afterText)
                .contains("Jeg vil spille fotball. (2026-11-02)");
    }

    @Test
    void aMeasuresStatusIsSavedWhenChosenAndAStaleVersionIsTold() {
        FamilyDetails family = fixtures.aFamily("Statusvalg", 10);
        UUID planId = planFixtures.aPlan(family);
        UUID measure = plans.addMeasure(
                planId, new PlanService.NewMeasure(null, "Svømming", null, null, null, null, null, null, null));
        int version = plans.measure(planId, measure).version();
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/measures/" + measure + "/status")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("status", "ONGOING")
                        .param("version", String.valueOf(version)))
                .hasStatusOk()
                .bodyText()
                .contains("data-saved", "hx-post")
                .doesNotContain("<html");
        assertThat(plans.measure(planId, measure).status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/measures/" + measure + "/status")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("status", "DONE")
                        .param("version", String.valueOf(version)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("data-saved");
        assertThat(plans.measure(planId, measure).status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                .bodyText()
                .contains("hx-post=\"/plans/" + planId + "/sections/OWN_GOALS\"")
                .contains("/vendor/htmx/htmx.min.js")
                .contains("data-draft=\"goals\"");
    }

    @Test
    void twoPeopleEditingOneSectionAreToldAndTheSecondSeesTheOthersText() {
        FamilyDetails family = fixtures.aFamily("Samtidig", 10);
        UUID planId = planFixtures.aPlan(family);
        assertThat(writeSection(planId, "NEEDS", "Trenger ro i klasserommet.", null, "ke", true))
                .hasStatusOk()
                .bodyText()
                .contains("Lagret");
        int seen = plans.content(planId).textVersion(PlanSection.NEEDS);
        assertThat(writeSection(planId, "NEEDS", "Trenger ro og faste rutiner.", seen, "ke", true))
                .hasStatusOk();
        MvcTestResult second = writeSection(planId, "NEEDS", "Trenger hjelp med lekser.", seen, "ke2", false);
        assertThat(second)
                .hasStatusOk()
                .bodyText()
                .contains("har lagret denne delen mens du skrev")
                .contains("Trenger ro og faste rutiner.")
                .contains("Trenger hjelp med lekser.");
        assertThat(plans.content(planId).text(PlanSection.NEEDS)).isEqualTo("Trenger ro og faste rutiner.");
        MvcTestResult viaHtmx = writeSection(planId, "NEEDS", "Trenger hjelp med lekser.", seen, "ke2", true);
        assertThat(viaHtmx).bodyText().contains("Trenger ro og faste rutiner.");
    }

    @Test
    void badInputIsShownNextToTheFieldAndKept() {
        FamilyDetails family = fixtures.aFamily("Feilinput", 10);
        UUID planId = planFixtures.aPlan(family);
        MvcTestResult result = mvc.post()
                .uri("/plans/" + planId + "/frame")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(plans.getPlan(planId).version()))
                .param("periodFrom", "2027-01-01")
                .param("periodUntil", "2026-01-01")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Planperioden kan ikke slutte før den begynner.");
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/evaluations")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("evaluatedOn", "ikke en dato")
                        .param("takingPart", "Mor"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/goals")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("text", ""))
                .hasStatusOk();
        assertThat(plans.content(planId).goals()).isEmpty();
    }

    @Test
    void aCoordinatorOfAnotherFamilyGetsNotFound() {
        FamilyDetails family = fixtures.aFamily("Fremmed", 10);
        UUID planId = planFixtures.aPlan(family);
        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(writeSection(planId, "NEEDS", "x", null, "koord2", false)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void approvingFreezesAndTheChangesPageMarksWhatChanged() {
        FamilyDetails family = fixtures.aFamily("Endring", 10);
        UUID planId = planFixtures.aPlan(family);
        plans.writeSection(planId, PlanSection.OWN_GOALS, "Være med i korps.", null);
        assertThat(mvc.post()
                        .uri("/plans/" + planId + "/approval")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(plans.getPlan(planId).version())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(plans.getPlan(planId).status()).isEqualTo(PlanStatus.APPROVED);
        int seen = plans.content(planId).textVersion(PlanSection.OWN_GOALS);
        writeSection(planId, "OWN_GOALS", "Være med i korps og speider.", seen, "ke", false);
        assertThat(mvc.get().uri("/plans/" + planId + "/changes?since=1").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Endringer siden versjon 1", "Endret", "Være med i korps.", "Være med i korps og speider.");
    }

    private MvcTestResult start(FamilyDetails family, UUID child) {
        return mvc.post()
                .uri("/families/" + family.id() + "/plans")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("childId", child.toString())
                .exchange();
    }

    private MvcTestResult writeSection(
            UUID planId, String section, String text, Integer version, String user, boolean htmx) {
        var request = mvc.post()
                .uri("/plans/" + planId + "/sections/" + section)
                .with(fixtures.as(user))
                .with(csrf())
                .param("text", text);
        if (version != null) {
            request = request.param("version", String.valueOf(version));
        }
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    @Test
    void theWorklistAndTheOverviewCountPlansPastTheirEvaluation() {
        FamilyDetails family = fixtures.aFamily("Telling", 10);
        UUID planId = planFixtures.aPlan(family);
        IndividualPlan plan = plans.getPlan(planId);
        plans.setFrame(
                planId,
                new PlanService.Frame(
                        plan.leadStaffId(), null, null, plans.today().minusDays(3), null),
                plan.version());
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Individuelle planer med forfalt evaluering");
        assertThat(mvc.get().uri("/overview").with(fixtures.as("leder")))
                .hasStatusOk()
                .bodyText()
                .contains("Individuelle planer med forfalt evaluering");
        assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                .bodyText()
                .contains("Evaluering forfalt");
    }
}
