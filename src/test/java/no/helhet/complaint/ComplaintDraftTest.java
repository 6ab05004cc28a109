package no.helhet.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 8 item 8 for the complaint registration form (ADR 0013): the draft is saved on the server
 * when a field is left (never the scanned letter), shown when the form is opened again (to the user
 * who typed it), deleted when the complaint is registered; only case work may save one; input out of
 * bounds is refused, never a 500.
 */
@IntegrationTest
class ComplaintDraftTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DecisionService decisions;

    @Autowired
    ComplaintService complaints;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHalfWrittenComplaintIsSavedAsADraftWithoutTheScanAndIsThereWhenTheFormIsOpenedAgain() {
        FamilyDetails family = fixtures.aFamily("Klageutkastsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));

        // As htmx sends a multipart form (the scan left out by hx-params; a scan sent anyway is ignored).
        MvcTestResult saved =
                mvc.perform(MockMvcRequestBuilders.multipart("/families/{id}/complaints/draft", family.id())
                        .file(new MockMultipartFile("scan", "klage.pdf", "application/pdf", PdfA.plainPdf()))
                        .param("kind", "REFUSAL")
                        .param("complainantKind", "REPRESENTATIVE")
                        .param("representativeName", "Advokat Utkast")
                        .param("concerns", "DECISION:" + decision.id())
                        .param("text", "Klagen er halvskrevet.")
                        .param("helpedByKe", "true")
                        .param("_helpedByKe", "on")
                        .header("HX-Request", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf()));
        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyText().contains("Utkastet er lagret").doesNotContain("<html");
        assertThat(jdbc.sql("select fields from complaint_draft where family_id = :id")
                        .param("id", family.id())
                        .query(String.class)
                        .single())
                .contains("Klagen er halvskrevet.")
                .doesNotContain("scan")
                .doesNotContain("_helpedByKe")
                .doesNotContain("_csrf");
        assertThat(jdbc.sql(
                                "select action, what, outcome from access_log where family_id = :id order by id desc limit 1")
                        .param("id", family.id())
                        .query()
                        .singleRow())
                .containsEntry("action", "CHANGE")
                .containsEntry("what", "complaint.draft")
                .containsEntry("outcome", "GRANTED");

        MvcTestResult page = form("ke", family);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(">Klagen er halvskrevet.</textarea>")
                .contains("value=\"Advokat Utkast\"")
                .containsPattern("value=\"REPRESENTATIVE\"[^>]*checked")
                .containsPattern("value=\"DECISION:" + decision.id() + "\"[^>]*selected")
                .containsPattern("id=\"helpedByKe\"[^>]*checked")
                .contains("Utkastet er lagret")
                .contains("hx-params=\"not scan\"");
        assertThat(form("kelead", family)).bodyText().doesNotContain("Klagen er halvskrevet.");
    }

    @Test
    void registeringTheComplaintDeletesTheDraft() {
        FamilyDetails family = fixtures.aFamily("Klageregistrertsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        assertThat(draft("ke", family, "text", "Før registreringen")).hasStatusOk();
        assertThat(drafts(family)).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/families/{id}/complaints", family.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("kind", "CHANGE_OR_END")
                        .param("receivedOn", complaints.today().toString())
                        .param("complainantKind", "GUARDIAN")
                        .param("guardianId", family.guardians().get(0).id().toString())
                        .param("concerns", "DECISION:" + decision.id())
                        .param("text", "Vi er uenige i vedtaket."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(drafts(family)).isZero();
        assertThat(form("ke", family)).bodyText().doesNotContain("Før registreringen");
    }

    @Test
    void onlyCaseWorkSavesADraftAndInputOutOfBoundsIsRefused() {
        FamilyDetails family = fixtures.aFamily("Klagegrensen", 9);
        for (String outsider : List.of("koord1", "leder", "skole")) {
            // Refused as an unknown id is: "not found" for a coordinator, the role's refusal for the others.
            int status = draft(outsider, family.id(), "text", "Ikke min sak")
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(outsider)
                    .isEqualTo(draft(outsider, UUID.randomUUID(), "text", "Ikke min sak")
                            .getResponse()
                            .getStatus())
                    .isBetween(400, 499);
            if (outsider.equals("koord1")) {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(draft("ke", family, "text", "nul \u0000"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(draft("ke", family, "authority", "x".repeat(20_001)))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(drafts(family)).isZero();

        assertThat(draft("ke", family, "receivedOn", "31.02.abc", "guardianId", "ikke-en-id", "text", "Rart"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er lagret");
        assertThat(form("ke", family)).hasStatusOk().bodyText().contains(">Rart</textarea>");
    }

    private MvcTestResult draft(String user, FamilyDetails family, String... fields) {
        return draft(user, family.id(), fields);
    }

    private MvcTestResult draft(String user, UUID familyId, String... fields) {
        var request = mvc.post()
                .uri("/families/{id}/complaints/draft", familyId)
                .header("HX-Request", "true")
                .with(fixtures.as(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult form(String user, FamilyDetails family) {
        return mvc.get()
                .uri("/families/{id}/complaints/new", family.id())
                .with(fixtures.as(user))
                .exchange();
    }

    private long drafts(FamilyDetails family) {
        return jdbc.sql("select count(*) from complaint_draft where family_id = :id")
                .param("id", family.id())
                .query(Long.class)
                .single();
    }
}
