package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 8 item 8 for the appointment form (ADR 0013): the draft is saved on the server when a field
 * is left, shown when the form is opened again (to the user who typed it), deleted when the
 * coordinator is appointed; only case work may save one; input out of bounds is refused, never a 500.
 */
@IntegrationTest
class AppointmentDraftTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHalfFilledAppointmentIsSavedAsADraftAndIsThereWhenTheFormIsOpenedAgain() {
        FamilyDetails family = fixtures.aFamily("Oppnevningsutkastsen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();

        MvcTestResult saved = draft(
                "ke",
                decisionId,
                "familyWish",
                "UNIT",
                "coordinatorId",
                ole.toString(),
                "delegationDecidedBy",
                "Kommunalsjef Utkast",
                "consentGivenOn",
                "ikke en dato",
                "hoursPerMonth",
                "mange");
        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyText().contains("Utkastet er lagret").doesNotContain("<html");
        assertThat(jdbc.sql(
                                "select action, what, outcome from access_log where family_id = :id order by id desc limit 1")
                        .param("id", family.id())
                        .query()
                        .singleRow())
                .containsEntry("action", "CHANGE")
                .containsEntry("what", "appointment.draft")
                .containsEntry("outcome", "GRANTED");

        MvcTestResult page = form("ke", decisionId);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("value=\"Kommunalsjef Utkast\"")
                .contains("value=\"mange\"")
                .containsPattern("value=\"UNIT\"[^>]*checked")
                .containsPattern("value=\"" + ole + "\"[^>]*checked")
                .contains("Utkastet er lagret")
                .contains("hx-post=\"/decisions/" + decisionId + "/appointments/draft\"");
        assertThat(form("ke2", decisionId)).bodyText().doesNotContain("Kommunalsjef Utkast");
    }

    @Test
    void appointingDeletesTheDraft() {
        FamilyDetails family = fixtures.aFamily("Oppnevntutkastsen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(draft("ke", decisionId, "delegationDecidedBy", "Før oppnevningen"))
                .hasStatusOk();
        assertThat(drafts(decisionId)).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/decisions/" + decisionId + "/appointments")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("confirmed", "true")
                        .param("familyWish", "NONE")
                        .param("childWish", "En som kjenner skolen")
                        .param("childWishHow", "Samtale med barnet")
                        .param("childWishWeighing", "Ønsket er vektlagt.")
                        .param("coordinatorId", hanne.toString())
                        .param("consentGivenBy", "GUARDIANS")
                        .param("consentGivenOn", LocalDate.now().minusDays(2).toString())
                        .param("delegationDecidedBy", "Kommunalsjef Helse")
                        .param(
                                "delegationDecidedOn",
                                LocalDate.now().minusDays(1).toString())
                        .param("delegationUnitLeader", "Enhetsleder Eva Berg"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(drafts(decisionId)).isZero();
        assertThat(form("ke", decisionId)).bodyText().doesNotContain("Før oppnevningen");
    }

    @Test
    void onlyCaseWorkSavesADraftAndInputOutOfBoundsIsRefused() {
        FamilyDetails family = fixtures.aFamily("Oppnevningsgrensen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        for (String outsider : List.of("koord1", "leder", "skole")) {
            // Refused as an unknown id is: "not found" for a coordinator, the role's refusal for the others.
            int status = draft(outsider, decisionId, "delegationDecidedBy", "Ikke min sak")
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(outsider)
                    .isEqualTo(draft(outsider, UUID.randomUUID(), "delegationDecidedBy", "Ikke min sak")
                            .getResponse()
                            .getStatus())
                    .isBetween(400, 499);
            if (outsider.equals("koord1")) {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(draft("ke", decisionId, "childWish", "nul \u0000"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(draft("ke", decisionId, "childWish", "x".repeat(20_001)))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(drafts(decisionId)).isZero();
    }

    private MvcTestResult draft(String user, UUID decisionId, String... fields) {
        var request = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments/draft")
                .header("HX-Request", "true")
                .with(fixtures.as(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult form(String user, UUID decisionId) {
        return mvc.get()
                .uri("/decisions/" + decisionId + "/appointments/new")
                .with(fixtures.as(user))
                .exchange();
    }

    private long drafts(UUID decisionId) {
        return jdbc.sql("select count(*) from appointment_draft where decision_id = :id")
                .param("id", decisionId)
                .query(Long.class)
                .single();
    }
}
