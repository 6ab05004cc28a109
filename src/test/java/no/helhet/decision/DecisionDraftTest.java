package no.helhet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 8 item 8 for the decision form (ADR 0013): the draft is saved on the server when a field is
 * left, whatever its state, shown when the form is opened again (to the user who typed it), deleted
 * when the decision is made; only case work may save one, and input out of bounds is refused with a
 * message, never a 500.
 */
@IntegrationTest
class DecisionDraftTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHalfWrittenDecisionIsSavedAsADraftAndIsThereWhenTheFormIsOpenedAgain() {
        FamilyDetails family = fixtures.aFamily("Vedtaksutkastsen", 9);
        UUID assessmentId = fixtures.anAssessment(family);

        MvcTestResult saved = draft("ke", assessmentId, "summary", "Halvskrevet oppsummering", "ageReason", "");
        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyText().contains("Utkastet er lagret").doesNotContain("<html");
        assertThat(lastLogged(family.id()))
                .containsEntry("action", "CHANGE")
                .containsEntry("what", "decision.draft")
                .containsEntry("outcome", "GRANTED");

        assertThat(form("ke", assessmentId))
                .bodyText()
                .contains(">Halvskrevet oppsummering</textarea>")
                .contains("Utkastet er lagret")
                .contains("hx-post=\"/assessments/" + assessmentId + "/decisions/draft\"")
                .contains("data-unsaved-warning");
        assertThat(form("kelead", assessmentId))
                .as("a draft is its writer's own")
                .bodyText()
                .doesNotContain("Halvskrevet oppsummering")
                .doesNotContain("Utkastet er lagret");
    }

    @Test
    void makingTheDecisionDeletesTheDraft() {
        FamilyDetails family = fixtures.aFamily("Vedtaksfattsen", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        assertThat(draft("ke", assessmentId, "summary", "Før vedtaket")).hasStatusOk();
        assertThat(drafts(assessmentId)).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/assessments/" + assessmentId + "/decisions")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("confirmed", "true")
                        .param("outcome", "GRANTED_CHILD_COORDINATOR")
                        .param("ageReason", "Barnet er under 18 år.")
                        .param("illnessReason", "Alvorlig sykdom.")
                        .param("needReason", "Langvarige behov.")
                        .param("summary", "Familien har rett til barnekoordinator.")
                        .param("childViews", "Vil ha én voksen.")
                        .param("childViewsHow", "Samtale")
                        .param("childViewsWeighing", "Ønsket er fulgt."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(drafts(assessmentId)).isZero();

        MvcTestResult late = draft("ke", assessmentId, "summary", "Etter vedtaket");
        assertThat(late).bodyText().contains("Utkastet er ikke lagret").contains("allerede avgjort");
        assertThat(drafts(assessmentId)).isZero();
    }

    @Test
    void onlyCaseWorkSavesADraftAndARefusalLooksLikeNotFound() {
        FamilyDetails family = fixtures.aFamily("Vedtaksfremmedsen", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        for (String outsider : List.of("koord1", "leder", "skole")) {
            // Refused as an unknown id is: "not found" for a coordinator, the role's refusal for the others.
            int status = draft(outsider, assessmentId, "summary", "Ikke min sak")
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(outsider)
                    .isEqualTo(draft(outsider, UUID.randomUUID(), "summary", "Ikke min sak")
                            .getResponse()
                            .getStatus())
                    .isBetween(400, 499);
            if (outsider.equals("koord1")) {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(draft("ke", UUID.randomUUID(), "summary", "Finnes ikke")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(drafts(assessmentId)).isZero();
    }

    @Test
    void inputOutOfBoundsIsNotSavedAndNothingAnswers500() {
        FamilyDetails family = fixtures.aFamily("Vedtaksgrensen", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        assertThat(draft("ke", assessmentId, "summary", "Med \u0000 i"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(draft("ke", assessmentId, "summary", "x".repeat(20_001)))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(drafts(assessmentId)).isZero();

        // Partial and invalid input within the bounds is a draft: an unknown outcome, a reason too long
        // for the decision (10,000) but within the bounds.
        assertThat(draft("ke", assessmentId, "outcome", "NOT_AN_OUTCOME", "ageReason", "y".repeat(10_001)))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er lagret");
        assertThat(form("ke", assessmentId)).hasStatusOk().bodyText().contains("y".repeat(10_001));
    }

    private MvcTestResult draft(String user, UUID assessmentId, String... fields) {
        var request = mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions/draft")
                .header("HX-Request", "true")
                .with(fixtures.as(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult form(String user, UUID assessmentId) {
        return mvc.get()
                .uri("/assessments/" + assessmentId + "/decisions/new")
                .with(fixtures.as(user))
                .exchange();
    }

    private long drafts(UUID assessmentId) {
        return jdbc.sql("select count(*) from decision_draft where eligibility_assessment_id = :id")
                .param("id", assessmentId)
                .query(Long.class)
                .single();
    }

    private java.util.Map<String, Object> lastLogged(UUID familyId) {
        return jdbc.sql("select action, what, outcome from access_log where family_id = :id order by id desc limit 1")
                .param("id", familyId)
                .query()
                .singleRow();
    }
}
