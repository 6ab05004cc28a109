package no.helhet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 8 item 3: the decision letter previewed from the form's unsaved input, with the same template
 * and renderer as the real letter, marked as a draft, and nothing decided or stored.
 */
@IntegrationTest
class DecisionLetterPreviewTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcClient db;

    @Test
    void theLetterIsPreviewedFromTheUnsavedInputAsADraftAndNothingIsDecidedOrStored() {
        FamilyDetails family = fixtures.aFamily("Utkastsen", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        long documents = documentsOf(family);

        MvcTestResult result = preview(assessmentId, "ke", "Barnet er under 18 år.");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfA.text(pdf))
                .contains("UTKAST – forhåndsvisning")
                .contains("Sammendrag til et utkast.")
                .contains("Barnet er under 18 år.");

        assertThat(db.sql("select count(*) from decision where eligibility_assessment_id = :id")
                        .param("id", assessmentId)
                        .query(Long.class)
                        .single())
                .as("no decision made by a preview")
                .isZero();
        assertThat(documentsOf(family)).as("no letter stored by a preview").isEqualTo(documents);
        assertThat(assessments.getAssessment(assessmentId).frozen())
                .as("the assessment stays open")
                .isFalse();
        assertThat(db.sql("select action from access_log where family_id = :id and what = 'decision.preview'")
                        .param("id", family.id())
                        .query(String.class)
                        .list())
                .containsExactly("VIEW");
    }

    @Test
    void badInputShowsTheFormWithItsErrorsAndKeepsTheInput() {
        FamilyDetails family = fixtures.aFamily("Utkastfeil", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        MvcTestResult result = preview(assessmentId, "ke", "");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result)
                .bodyText()
                .contains("id=\"ageReason-error\"")
                .contains(">Sammendrag til et utkast.</textarea>")
                .doesNotContain("id=\"confirmed-error\"");
    }

    @Test
    void aFamilyTheUserDoesNotWorkForIsNotFound() {
        FamilyDetails family = fixtures.aFamily("Utkastfremmed", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        assertThat(preview(assessmentId, "koord1", "Barnet er under 18 år.")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(preview(UUID.randomUUID(), "ke", "Barnet er under 18 år.")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult preview(UUID assessmentId, String user, String ageReason) {
        return mvc.post()
                .uri("/assessments/" + assessmentId + "/decisions/preview")
                .with(fixtures.as(user))
                .with(csrf())
                .param("outcome", "GRANTED_CHILD_COORDINATOR")
                .param("ageReason", ageReason)
                .param("illnessReason", "Alvorlig sykdom.")
                .param("needReason", "Langvarige behov.")
                .param("summary", "Sammendrag til et utkast.")
                .param("childViews", "Vil ha én voksen.")
                .param("childViewsHow", "Samtale")
                .param("childViewsWeighing", "Ønsket er fulgt.")
                .exchange();
    }

    private long documentsOf(FamilyDetails family) {
        return db.sql("select count(*) from document where family_id = :id")
                .param("id", family.id())
                .query(Long.class)
                .single();
    }
}
