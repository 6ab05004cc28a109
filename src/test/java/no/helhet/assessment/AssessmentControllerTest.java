package no.helhet.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.request.RequestService;
import no.helhet.request.RequestStatus;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AssessmentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    RequestService requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startingAnAssessmentMovesTheRequestAndShowsAgesAndGuidance() {
        FamilyDetails family = fixtures.aFamily("Startesen", 8);
        UUID requestId =
                fixtures.aRequest(family, family.children().get(0).birthDate().plusYears(8));
        MvcTestResult start = mvc.post()
                .uri("/requests/" + requestId + "/assessments")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("childId", family.children().get(0).id().toString())
                .exchange();
        assertThat(start).hasStatus(HttpStatus.FOUND);
        assertThat(requests.getRequest(requestId).status()).isEqualTo(RequestStatus.UNDER_ASSESSMENT);

        MvcTestResult page = mvc.get()
                .uri(start.getResponse().getRedirectedUrl())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("8 år")
                .contains(family.children()
                        .get(0)
                        .turns18On()
                        .get()
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains("Det er ikke et vilkår at barnet har fått en diagnose")
                .contains("skal få si sin mening");
    }

    @Test
    void conditionCCannotBeConcludedMetWithoutTheFacts() {
        FamilyDetails family = fixtures.aFamily("Faktasen", 5);
        UUID assessmentId = fixtures.anAssessment(family);
        AssessmentView before = assessments.getAssessment(assessmentId);
        MvcTestResult result = save(assessmentId, before.version(), "false", "Må begrunnes");
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Vilkår c er bare oppfylt når")
                .contains("name=\"needReason\">M&aring; begrunnes</textarea>");
        assertThat(assessments.getAssessment(assessmentId).version()).isEqualTo(before.version());
    }

    @Test
    void aStaleFormIsRefusedAndTheNewerDraftKept() {
        FamilyDetails family = fixtures.aFamily("Utdatertsen", 5);
        UUID assessmentId = fixtures.anAssessment(family);
        int seen = assessments.getAssessment(assessmentId).version();
        assertThat(save(assessmentId, seen, "true", "Første versjon")).hasStatus(HttpStatus.FOUND);
        MvcTestResult stale = save(assessmentId, seen, "true", "Andre versjon");
        assertThat(stale).hasStatusOk();
        assertThat(stale).bodyText().contains("Noen andre har endret dette").contains("Andre versjon");
        assertThat(assessments.getAssessment(assessmentId).content().needReason())
                .isEqualTo("Første versjon");
    }

    @Test
    void aDecidedAssessmentIsFrozen() {
        FamilyDetails family = fixtures.aFamily("Låstesen", 12);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID assessmentId = assessments
                .forRequest(requests.forFamily(family.id()).get(0).id())
                .get(0)
                .id();
        AssessmentView frozen = assessments.getAssessment(assessmentId);
        assertThat(decisionId).isNotNull();
        MvcTestResult result = save(assessmentId, frozen.version(), "true", "Endret etterpå");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Vurderingen er avgjort og kan ikke endres");
        assertThat(assessments.getAssessment(assessmentId).content().needReason())
                .isEqualTo(frozen.content().needReason());
    }

    @Test
    void aDraftIsSavedWhenAFieldIsLeftAndIsThereWhenTheFormIsOpenedAgain() {
        FamilyDetails family = fixtures.aFamily("Utkastsen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        int seen = assessments.getAssessment(assessmentId).version();
        MvcTestResult draft = draft("ke", assessmentId, seen, "true", "Skrevet og forlatt");
        assertThat(draft).hasStatusOk();
        assertThat(draft)
                .bodyText()
                .contains("Utkastet er lagret")
                .contains("name=\"version\" value=\"" + (seen + 1) + "\"")
                .doesNotContain("<html");
        assertThat(assessments.getAssessment(assessmentId).version()).isEqualTo(seen + 1);
        assertThat(assessments.getAssessment(assessmentId).content().needReason())
                .isEqualTo("Skrevet og forlatt");
        var logged = jdbc.sql("select action, what, outcome from access_log where family_id = :id"
                        + " order by id desc limit 1")
                .param("id", family.id())
                .query()
                .singleRow();
        assertThat(logged)
                .containsEntry("action", "CHANGE")
                .containsEntry("what", "assessment.draft")
                .containsEntry("outcome", "GRANTED");

        MvcTestResult page = mvc.get()
                .uri("/assessments/" + assessmentId)
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(page)
                .bodyText()
                .contains("Skrevet og forlatt")
                .contains("hx-post=\"/assessments/" + assessmentId + "/draft\"")
                .contains("data-unsaved-warning");
    }

    @Test
    void aStaleDraftIsRefusedAndTheNewerOneKept() {
        FamilyDetails family = fixtures.aFamily("Kappesen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        int seen = assessments.getAssessment(assessmentId).version();
        assertThat(draft("ke", assessmentId, seen, "true", "Først lagret")).hasStatusOk();
        MvcTestResult stale = draft("ke", assessmentId, seen, "true", "Sent og utdatert");
        assertThat(stale).hasStatusOk();
        assertThat(stale)
                .bodyText()
                .contains("Utkastet er ikke lagret")
                .contains("Noen andre har endret dette")
                .doesNotContain("data-saved");
        assertThat(assessments.getAssessment(assessmentId).content().needReason())
                .isEqualTo("Først lagret");
    }

    @Test
    void aContradictoryDraftIsNotSaved() {
        FamilyDetails family = fixtures.aFamily("Motsigelsen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        AssessmentView before = assessments.getAssessment(assessmentId);
        MvcTestResult result = draft("ke", assessmentId, before.version(), "false", "Uten fakta");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Utkastet er ikke lagret").contains("Vilkår c er bare oppfylt når");
        assertThat(assessments.getAssessment(assessmentId).version()).isEqualTo(before.version());
    }

    @Test
    void onlyCaseWorkSavesADraft() {
        FamilyDetails family = fixtures.aFamily("Fremmedsen", 6);
        UUID assessmentId = fixtures.anAssessment(family);
        AssessmentView before = assessments.getAssessment(assessmentId);
        for (String outsider : java.util.List.of("koord1", "leder", "skole")) {
            assertThat(draft(outsider, assessmentId, before.version(), "true", "Ikke min sak"))
                    .as(outsider)
                    .hasStatus4xxClientError();
        }
        assertThat(assessments.getAssessment(assessmentId).version()).isEqualTo(before.version());
    }

    private MvcTestResult draft(String user, UUID assessmentId, int version, String facts, String needReason) {
        return fill(
                mvc.post()
                        .uri("/assessments/" + assessmentId + "/draft")
                        .header("HX-Request", "true")
                        .with(fixtures.as(user)),
                version,
                facts,
                needReason);
    }

    private MvcTestResult save(UUID assessmentId, int version, String facts, String needReason) {
        return fill(mvc.post().uri("/assessments/" + assessmentId).with(fixtures.as("ke")), version, facts, needReason);
    }

    private MvcTestResult fill(
            MockMvcTester.MockMvcRequestBuilder request, int version, String facts, String needReason) {
        return request.with(csrf())
                .param("version", String.valueOf(version))
                .param("ageConclusion", "MET")
                .param("ageReason", "Under 18.")
                .param("illnessKinds", "SOMATIC", "SENSORY")
                .param("illnessConclusion", "MET")
                .param("illnessReason", "Alvorlig.")
                .param("needLongTerm", facts)
                .param("needComposite", facts)
                .param("needHealthCare", facts)
                .param("needOtherWelfare", facts)
                .param("needConclusion", "MET")
                .param("needReason", needReason)
                .param("needs[0].sectorCode", "HEALTH_CARE")
                .param("needs[0].currentServices", "Fysioterapi")
                .exchange();
    }
}
