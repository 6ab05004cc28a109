package no.helhet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.shared.ChildNotHeardReason;
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

    @Autowired
    FamilyFixtures familyFixtures;

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
                .param("confirmed", "true")
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

    @Test
    void aDecisionIsNotMadeWithoutConfirmationAndTheInputIsKept(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient db) {
        FamilyDetails family = fixtures.aFamily("Bekreftsen", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult result = mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("outcome", "GRANTED_CHILD_COORDINATOR")
                .param("ageReason", "Barnet er under 18 år.")
                .param("illnessReason", "Alvorlig sykdom.")
                .param("needReason", "Langvarige behov.")
                .param("summary", "Ikke bekreftet enda.")
                .param("childViews", "Vil ha én voksen.")
                .param("childViewsHow", "Samtale")
                .param("childViewsWeighing", "Ønsket er fulgt.")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("id=\"confirmed-error\"")
                .contains("Kryss av for at du har kontrollert avgjørelsen før den fattes.")
                .contains(">Ikke bekreftet enda.</textarea>")
                .contains("class=\"ds-dialog\"");
        assertThat(db.sql("select count(*) from decision where eligibility_assessment_id = :id")
                        .param("id", assessmentId)
                        .query(Long.class)
                        .single())
                .as("nothing decided without confirmation")
                .isZero();
    }

    private MvcTestResult decide(UUID assessmentId, String outcome) {
        return mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("outcome", outcome)
                .param("ageReason", "Barnet er under 18 år.")
                .param("illnessReason", "Alvorlig sykdom.")
                .param("needReason", "Langvarige behov.")
                .param("summary", "Familien har rett til barnekoordinator.")
                .param("childViews", "Vil ha én voksen.")
                .param("childViewsHow", "Samtale")
                .param("childViewsWeighing", "Ønsket er fulgt.")
                .exchange();
    }

    @Test
    void aChildOfSevenOrMoreMustBeHeardOrTheReasonRecordedBeforeTheDecision() {
        FamilyDetails family = fixtures.aFamily("Stemmesen", 8);
        UUID assessmentId = fixtures.anAssessment(family);
        UUID requestId = assessments.getAssessment(assessmentId).requestId();
        assertThat(mvc.get()
                        .uri("/assessments/" + assessmentId + "/decisions/new")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Barnet er 8 år. Fra 7 år skal barnet få si sin mening")
                .contains("name=\"childViewsHow\" value=\"Samtale\"")
                .doesNotContain("Hvordan barnets mening er vektlagt");

        MvcTestResult silent = withVoice(assessmentId, "", "", "");
        assertThat(silent).hasStatusOk();
        assertThat(silent)
                .bodyText()
                .contains("Barnet er 8 år og skal høres (fra 7 år)")
                .contains(">Familien har rett til barnekoordinator.</textarea>");
        assertThat(decisions.forRequest(requestId)).isEmpty();

        assertThat(withVoice(assessmentId, "", "", "DECLINED")).hasStatus(HttpStatus.FOUND);
        DecisionView decision = decisions.forRequest(requestId).get(0);
        assertThat(decision.childVoice().notHeardReason()).isEqualTo(ChildNotHeardReason.DECLINED);
        assertThat(decision.childVoice().views()).isNull();
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Barnets mening")
                .contains("Barnet ville ikke");
    }

    @Test
    void fromTwelveThePageSaysTheViewsCarryGreatWeightAndAsksHowTheyWereWeighed() {
        FamilyDetails family = fixtures.aFamily("Vektsen", 13);
        UUID assessmentId = fixtures.anAssessment(family);
        UUID requestId = assessments.getAssessment(assessmentId).requestId();
        assertThat(mvc.get()
                        .uri("/assessments/" + assessmentId + "/decisions/new")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Fra 12 år skal barnets mening ha stor vekt")
                .contains("Hvordan barnets mening er vektlagt");

        MvcTestResult unweighed = withVoice(assessmentId, "Vil ha Per", "Samtale på skolen", "");
        assertThat(unweighed).hasStatusOk();
        assertThat(unweighed)
                .bodyText()
                .contains("Barnet er 13 år, og fra 12 år skal meningen ha stor vekt")
                .contains(">Vil ha Per</textarea>");
        assertThat(decisions.forRequest(requestId)).isEmpty();

        assertThat(mvc.post()
                        .uri("/assessments/" + assessmentId + "/decisions")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("outcome", "GRANTED_CHILD_COORDINATOR")
                        .param("ageReason", "a")
                        .param("illnessReason", "b")
                        .param("needReason", "c")
                        .param("summary", "d")
                        .param("childViews", "Vil ha Per")
                        .param("childViewsHow", "Samtale på skolen")
                        .param("childViewsWeighing", "Ønsket er lagt stor vekt på."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(decisions.forRequest(requestId).get(0).childVoice().weighing())
                .isEqualTo("Ønsket er lagt stor vekt på.");
    }

    @Test
    void aDecisionForAChildAbout18SaysTheRightEndsThenAndWhatTheMunicipalityOffers() {
        LocalDate eighteen = assessments.today().plusDays(40);
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Snartvoksen")
                .withChildBorn("Emma", eighteen.minusYears(18))
                .build();
        UUID assessmentId = fixtures.anAssessment(family);
        String date = eighteen.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(mvc.get()
                        .uri("/assessments/" + assessmentId + "/decisions/new")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Barnet fyller 18 år " + date + ". Retten til barnekoordinator opphører da.")
                .contains("Kommunen kan tilby barnekoordinator videre til fylte 25 år");

        assertThat(decide(assessmentId, "GRANTED_CHILD_COORDINATOR")).hasStatus(HttpStatus.FOUND);
        DecisionView decision = decisions
                .forRequest(assessments.getAssessment(assessmentId).requestId())
                .get(0);
        byte[] pdf = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + decision.letterDocumentId())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.text(pdf))
                .contains("Retten til barnekoordinator gjelder til barnet fyller 18 år")
                .contains("Kommunen kan tilby barnekoordinator videre til fylte 25 år");

        FamilyDetails younger = fixtures.aFamily("Lengetil", 17);
        UUID later = fixtures.anAssessment(younger);
        assertThat(mvc.get().uri("/assessments/" + later + "/decisions/new").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Retten til barnekoordinator opphører da");
    }

    private MvcTestResult withVoice(UUID assessmentId, String views, String how, String notHeardReason) {
        return mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("outcome", "GRANTED_CHILD_COORDINATOR")
                .param("ageReason", "Barnet er under 18 år.")
                .param("illnessReason", "Alvorlig sykdom.")
                .param("needReason", "Langvarige behov.")
                .param("summary", "Familien har rett til barnekoordinator.")
                .param("childViews", views)
                .param("childViewsHow", how)
                .param("childNotHeardReason", notHeardReason)
                .exchange();
    }
}
