package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 8 item 3: a change of coordinator asks for the confirmation a first appointment does, and the
 * appointment letter can be previewed from the form's unsaved input, marked as a draft, nothing stored.
 */
@IntegrationTest
class AppointmentConfirmationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    JdbcClient db;

    @Test
    void aChangeOfCoordinatorIsNotMadeWithoutConfirmationAndTheInputIsKept() {
        FamilyDetails family = fixtures.aFamily("Byttebekreft", 9);
        appointments.appointCoordinator(fixtures.aGrantedDecision(family), AppointmentFixtures.draft(id("koord1")));
        AppointmentView first = appointments.forFamily(family.id()).get(0);

        assertThat(mvc.get().uri("/appointments/" + first.id() + "/change").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"confirmed-dialog\"")
                .contains("den forrige koordinatoren mister tilgangen til familien med en gang")
                .doesNotContainPattern("<input[^>]*id=\"confirmed\"[^>]*checked");

        MvcTestResult unconfirmed = mvc.perform(change(first, false));
        assertThat(unconfirmed).hasStatusOk();
        assertThat(unconfirmed)
                .bodyText()
                .contains("id=\"confirmed-error\"")
                .contains("Kryss av for at du har kontrollert byttet før koordinatoren byttes.")
                .contains(">Familien vil ha en fra skolen.</textarea>");
        assertThat(appointments.forFamily(family.id()))
                .as("nothing changed without confirmation")
                .hasSize(1);

        assertThat(mvc.perform(change(first, true))).hasStatus(HttpStatus.FOUND);
        assertThat(appointments.forFamily(family.id())).hasSize(2);
    }

    @Test
    void theAppointmentLetterIsPreviewedAsADraftAndNobodyIsAppointed() {
        FamilyDetails family = fixtures.aFamily("Oppnevnutkast", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        long documents = documentsOf(family);

        MvcTestResult result =
                mvc.perform(preview(decisionId, "ke", id("koord1").toString()));
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfA.text(pdf))
                .contains("UTKAST – forhåndsvisning")
                .contains(staff.findStaffByUsername("koord1").orElseThrow().fullName())
                .contains("Rektor Utkast");

        assertThat(appointments.forFamily(family.id()))
                .as("nobody appointed by a preview")
                .isEmpty();
        assertThat(documentsOf(family)).as("no letter stored by a preview").isEqualTo(documents);
        assertThat(db.sql("select action from access_log where family_id = :id and what = 'appointment.preview'")
                        .param("id", family.id())
                        .query(String.class)
                        .list())
                .containsExactly("VIEW");
    }

    @Test
    void aPreviewWithBadInputShowsTheFormAndAnotherFamilysDecisionIsNotFound() {
        FamilyDetails family = fixtures.aFamily("Oppnevnfeil", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        MvcTestResult noCoordinator = mvc.perform(preview(decisionId, "ke", ""));
        assertThat(noCoordinator).hasStatusOk();
        assertThat(noCoordinator.getResponse().getContentType()).startsWith("text/html");
        assertThat(noCoordinator)
                .bodyText()
                .contains("href=\"#coordinatorId\"")
                .contains("value=\"Rektor Utkast\"")
                .doesNotContain("id=\"confirmed-error\"");
        assertThat(appointments.forFamily(family.id())).isEmpty();

        assertThat(mvc.perform(preview(decisionId, "koord1", id("koord1").toString())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MockHttpServletRequestBuilder change(AppointmentView a, boolean confirmed) {
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/appointments/" + a.id() + "/change")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(a.version()))
                .param("kind", "CHILD")
                .param("changeReason", "Familien vil ha en fra skolen.")
                .param("familyWish", "NONE")
                .param("coordinatorId", id("koord2").toString())
                .param("childWish", "Vil ha en fra skolen")
                .param("childWishHow", "Samtale med barnet")
                .param("childWishWeighing", "Ønsket er fulgt.")
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", lastWeek.toString())
                .param("delegationDecidedBy", "Kommunalsjef Oppvekst")
                .param("delegationDecidedOn", lastWeek.toString())
                .param("delegationUnitLeader", "Rektor Per Hansen");
        return confirmed ? request.param("confirmed", "true") : request;
    }

    private MockHttpServletRequestBuilder preview(UUID decisionId, String user, String coordinatorId) {
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        return MockMvcRequestBuilders.post("/decisions/" + decisionId + "/appointments/preview")
                .with(fixtures.as(user))
                .with(csrf())
                .param("familyWish", "NONE")
                .param("coordinatorId", coordinatorId)
                .param("childWish", "Vil ha en fra skolen")
                .param("childWishHow", "Samtale med barnet")
                .param("childWishWeighing", "Ønsket er fulgt.")
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", lastWeek.toString())
                .param("delegationDecidedBy", "Kommunalsjef Oppvekst")
                .param("delegationDecidedOn", lastWeek.toString())
                .param("delegationUnitLeader", "Rektor Utkast");
    }

    private UUID id(String username) {
        return staff.findStaffByUsername(username).orElseThrow().id();
    }

    private long documentsOf(FamilyDetails family) {
        return db.sql("select count(*) from document where family_id = :id")
                .param("id", family.id())
                .query(Long.class)
                .single();
    }
}
