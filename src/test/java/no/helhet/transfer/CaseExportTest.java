package no.helhet.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.EndReason;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 8: moving away. With the family's consent, the case is exported for the new
 * municipality as JSON valid against docs/case-export.schema.json and a PDF/A bundle valid in
 * veraPDF, and the right ends with reason "moved away" (with an end letter).
 */
@IntegrationTest
class CaseExportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Test
    void theExportIsValidJsonAndPdfAAndTheRightEndsAsMovedAway() throws Exception {
        FamilyDetails family = fixtures.aFamily("Flyttesen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        appointments.appointCoordinator(
                decisionId,
                AppointmentFixtures.draft(
                        staff.findStaffByUsername("koord1").orElseThrow().id()));
        AppointmentView a = appointments.forFamily(family.id()).get(0);

        MvcTestResult missing = mvc.post()
                .uri("/appointments/" + a.id() + "/move")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(a.version()))
                .param("newMunicipality", "Bergen")
                .param("consentGivenOn", "i morgen")
                .exchange();
        assertThat(missing)
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig dato.")
                .contains("value=\"Bergen\"");
        assertThat(appointments.forFamily(family.id()).get(0).endedOn()).isNull();

        MvcTestResult moved = mvc.post()
                .uri("/appointments/" + a.id() + "/move")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(a.version()))
                .param("newMunicipality", "Bergen")
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", java.time.LocalDate.now().toString())
                .exchange();
        assertThat(moved).hasStatus(HttpStatus.FOUND);
        String exportUrl = moved.getResponse().getRedirectedUrl();

        AppointmentView ended = appointments.forFamily(family.id()).get(0);
        assertThat(ended.endReason()).isEqualTo(EndReason.MOVED_AWAY);
        assertThat(ended.endLetterDocumentId()).isNotNull();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        byte[] endLetter = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + ended.endLetterDocumentId())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(endLetter).isCompliant())
                .as("veraPDF PDF/A-2a")
                .isTrue();
        assertThat(PdfA.text(endLetter).replaceAll("\\s+", " "))
                .contains("Barnekoordinatoren deres slutter")
                .contains("Dere har flyttet fra kommunen.")
                .contains("Fristen for å klage er 4 uker");

        assertThat(mvc.get().uri(exportUrl).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Bergen");
        String json = mvc.get()
                .uri(exportUrl + "/case.json")
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(schemaErrors(json)).isEmpty();
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.get("toMunicipality").asString()).isEqualTo("Bergen");
        assertThat(node.get("appointments").get(0).get("endReason").asString()).isEqualTo("MOVED_AWAY");
        assertThat(node.get("decisions").get(0).get("outcome").asString()).isEqualTo("GRANTED_CHILD_COORDINATOR");

        // The schema is strict: a document that breaks it is refused (the check can fail).
        assertThat(schemaErrors(json.replace("\"MOVED_AWAY\"", "\"FLYTTET\""))).isNotEmpty();

        byte[] pdf = mvc.get()
                .uri(exportUrl + "/case.pdf")
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).as("veraPDF PDF/A-2").isTrue();
        assertThat(PdfA.text(pdf).replaceAll("\\s+", " "))
                .contains("Sak om koordinator til ny kommune")
                .contains("Bergen")
                .contains("Familien har flyttet fra kommunen");

        assertThat(mvc.get().uri(exportUrl + "/case.json").with(fixtures.as("koord1")))
                .hasStatus4xxClientError();
    }

    private static List<Error> schemaErrors(String json) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/case-export.schema.json"))) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
            return schema.validate(JsonMapper.builder().build().readTree(json));
        }
    }
}
