package no.helhet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The formal plan, the family's version and the amendment notice, as PDF/A-2 valid by veraPDF, in bokmål and nynorsk. */
@IntegrationTest
class PlanDocumentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Test
    void theFormalPlanAndTheFamilysVersionArePdfAInTheChosenLanguage() {
        FamilyDetails family = fixtures.aFamily("Pdfplan", 11);
        UUID planId = planFixtures.aPlan(family);
        plans.writeSection(planId, PlanSection.OWN_GOALS, "Emma vil svømme.", null);
        plans.writeSection(
                planId, PlanSection.CHILD_VIEWS, "Jeg liker vann.", java.time.LocalDate.of(2026, 10, 5), null);
        plans.writeSection(planId, PlanSection.CHILD_VIEWS_BY, "Koordinator Kari", null);
        UUID goal = plans.addGoal(planId, "Lære å svømme");
        plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal, "Svømmekurs", "En gang i uken", null, null, "Trener Ola", null, null, null));

        byte[] formal = document(planId, "PLAN", "nb", null);
        assertThat(PdfA.validate(formal).isCompliant()).as("veraPDF PDF/A-2a").isTrue();
        assertThat(PdfA.text(formal))
                .contains("Individuell plan", "Egne mål", "Emma vil svømme.", "Svømmekurs")
                .contains("Barnets mening ble innhentet 5. oktober 2026 av Koordinator Kari.");

        byte[] familyNn = document(planId, "FAMILY", "nn", null);
        assertThat(PdfA.validate(familyNn).isCompliant()).isTrue();
        assertThat(PdfA.text(familyNn))
                .contains("Planen vår", "Det vi skal gjere", "Jeg liker vann.")
                .contains("Emma Pdfplan fortalde dette 5. oktober 2026 til Koordinator Kari.");
        assertThat(PdfA.validate(PdfA.plainPdf()).isCompliant())
                .as("negative control")
                .isFalse();
    }

    @Test
    void theAmendmentNoticeListsTheChangesSinceTheApprovedVersion() {
        FamilyDetails family = fixtures.aFamily("Endringsmelding", 11);
        UUID planId = planFixtures.aPlan(family);
        plans.addGoal(planId, "Gå tur hver dag");
        plans.approve(planId, plans.getPlan(planId).version());
        plans.addGoal(planId, "Sove godt");
        byte[] notice = document(planId, "AMENDMENT", "nb", 1);
        assertThat(PdfA.validate(notice).isCompliant()).isTrue();
        assertThat(PdfA.text(notice)).contains("Endringer i den individuelle planen", "Lagt til", "Sove godt");
        assertThat(PdfA.text(notice)).doesNotContain("Gå tur hver dag");
    }

    private byte[] document(UUID planId, String kind, String language, Integer since) {
        var request = mvc.post()
                .uri("/plans/" + planId + "/documents")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("kind", kind)
                .param("language", language);
        if (since != null) {
            request = request.param("since", since.toString());
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).contains("/documents/");
        return mvc.get()
                .uri(location)
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
    }
}
