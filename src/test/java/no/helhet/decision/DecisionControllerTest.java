package no.helhet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class DecisionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DecisionService decisions;

    @Autowired
    AssessmentService assessments;

    @Test
    void theFormIsFilledFromTheAssessment() {
        FamilyDetails family = fixtures.aFamily("Forslagsen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult form = mvc.get()
                .uri("/assessments/" + assessmentId + "/decisions/new")
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form)
                .bodyText()
                .contains("Langvarige behov for helse, skole og Nav.")
                .containsPattern("value=\"GRANTED_CHILD_COORDINATOR\"[^>]*checked");
    }

    @Test
    void anOutcomeTheAssessmentDoesNotSupportIsRefused() {
        FamilyDetails family = fixtures.aFamily("Uenigsen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult result = decide(assessmentId, "REFUSED");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Avgjørelsen må samsvare med vurderingen");
        assertThat(decisions.forRequest(assessments.getAssessment(assessmentId).requestId()))
                .isEmpty();
    }

    @Test
    void aDecisionFreezesTheAssessmentAndStoresAValidPdfALetter() {
        FamilyDetails family = fixtures.aFamily("Brevsen", 10);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult result = decide(assessmentId, "GRANTED_CHILD_COORDINATOR");
        assertThat(result).hasStatus(HttpStatus.FOUND);

        assertThat(assessments.getAssessment(assessmentId).frozen()).isTrue();
        DecisionView decision = decisions
                .forRequest(assessments.getAssessment(assessmentId).requestId())
                .get(0);
        assertThat(decision.complaintDeadline()).isEqualTo(decision.decidedOn().plusWeeks(4));

        MvcTestResult download = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + decision.letterDocumentId())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        byte[] pdf = download.getResponse().getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).as("veraPDF PDF/A-2a").isTrue();
        String text = PdfA.text(pdf);
        assertThat(text)
                .contains("Kari Brevsen")
                .contains("Dere får barnekoordinator")
                .contains("Vilkår 1")
                .contains("Vilkår 2")
                .contains("Vilkår 3")
                .contains("Statsforvalteren i Demo")
                .contains("Fristen for å klage er 4 uker")
                .contains("koordinerende.enhet@demo.kommune.no");

        MvcTestResult again = decide(assessmentId, "GRANTED_CHILD_COORDINATOR");
        assertThat(again).bodyText().contains("allerede avgjort");
    }

    @Test
    void aPlainPdfFailsTheSameValidation() {
        assertThat(PdfA.validate(PdfA.plainPdf()).isCompliant()).isFalse();
    }

    @Test
    void aDecisionNeedsEveryReason() {
        FamilyDetails family = fixtures.aFamily("Grunnsen", 4);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult result = mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("outcome", "GRANTED_CHILD_COORDINATOR")
                .param("ageReason", "")
                .param("illnessReason", "b")
                .param("needReason", "c")
                .param("summary", "Samlet")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Fyll ut feltet.").contains(">Samlet</textarea>");
    }

    private MvcTestResult decide(UUID assessmentId, String outcome) {
        return mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("outcome", outcome)
                .param("ageReason", "Barnet er under 18 år.")
                .param("illnessReason", "Alvorlig sykdom.")
                .param("needReason", "Langvarige behov.")
                .param("summary", "Familien har rett til barnekoordinator.")
                .exchange();
    }
}
