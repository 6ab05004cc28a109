package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 10, items 4, 5 and 7: the change of coordinator (the access policy moves with the
 * appointment), the end of the right with its reasons (letters, tasks, access; the child's death
 * handled quietly), and the warning against two coordinators with the offer to convert.
 */
@IntegrationTest
class CoordinatorChangeTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    TaskService tasks;

    @Test
    void theOldCoordinatorLosesAccessTheMomentTheChangeTakesEffectAndTheNewOneGetsIt() {
        FamilyDetails family = inNynorsk(fixtures.aFamily("Byttesen", 10));
        AppointmentView first = appointed(family, "koord1");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.get().uri("/appointments/" + first.id() + "/change").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Grunnen til byttet");
        MvcTestResult noReason = change(first, "koord2", "CHILD", "");
        assertThat(noReason).hasStatusOk().bodyText().contains("Skriv hvorfor koordinatoren byttes.");

        assertThat(change(first, "koord2", "CHILD", "Familien ønsker en koordinator fra skolen."))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord2")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Byttet koordinator")
                .contains("Grunn til byttet: Familien ønsker en koordinator fra skolen.");

        AppointmentView next = appointments.forFamily(family.id()).stream()
                .filter(a -> a.replacesAppointmentId() != null)
                .findFirst()
                .orElseThrow();
        assertThat(next.childVoice().views()).isEqualTo("Vil ha en fra skolen");
        String letter = pdfText(family, next.letterDocumentId());
        assertThat(letter)
                .contains("De får ein ny barnekoordinator")
                .contains("Hanne Lie er ikkje lenger barnekoordinatoren dykkar")
                .contains("Familien ønsker en koordinator fra skolen.")
                .contains("Fristen for å klage er 4 veker");
        assertThat(mvc.get().uri("/families/" + family.id() + "/chronology").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Koordinator avsluttet");
    }

    @Test
    void endingTheRightClosesTasksTakesAccessAwayAndSendsALetterWithComplaintInformation() {
        FamilyDetails family = inNynorsk(fixtures.aFamily("Avsluttsen", 11));
        AppointmentView a = appointed(family, "koord1");
        UUID koord1 = staff.findStaffByUsername("koord1").orElseThrow().id();
        UUID task = tasks.createTask(
                koord1, family.id(), "Ring familien", families.today(), TaskSource.MEETING_ACTION, null);

        assertThat(end(a, "NEED_ENDED", "")).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(tasks.openTasksOf(koord1)).noneMatch(t -> t.id().equals(task));
        AppointmentView ended = appointments.forFamily(family.id()).get(0);
        assertThat(ended.endReason()).isEqualTo(EndReason.NEED_ENDED);
        assertThat(pdfText(family, ended.endLetterDocumentId()))
                .contains("Barnekoordinatoren dykkar sluttar")
                .contains("Vi meiner at de ikkje lenger treng ein koordinator.")
                .contains("Fristen for å klage er 4 veker");
        assertThat(mvc.get().uri("/requests/" + a.requestId()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Behovet er ikke lenger til stede");
        assertThat(end(a, "NEED_ENDED", "")).hasStatusOk().bodyText().contains("Denne oppnevningen er avsluttet");
    }

    @Test
    void theChildsDeathClosesTheCaseQuietlyWithANoteAndNoLetter() {
        FamilyDetails family = fixtures.aFamily("Stillesen", 6);
        AppointmentView a = appointed(family, "koord1");
        assertThat(end(a, "CHILD_DIED", " ")).hasStatusOk().bodyText().contains("Skriv et kort notat om avslutningen.");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatusOk();

        assertThat(end(a, "CHILD_DIED", "KE har snakket med foreldrene.")).hasStatus(HttpStatus.FOUND);
        AppointmentView ended = appointments.forFamily(family.id()).get(0);
        assertThat(ended.endReason()).isEqualTo(EndReason.CHILD_DIED);
        assertThat(ended.endLetterDocumentId()).isNull();
        assertThat(ended.endNote()).isEqualTo("KE har snakket med foreldrene.");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void whenTheFamilyWithdrawsNoLetterIsSent() {
        FamilyDetails family = fixtures.aFamily("Trukketsen", 8);
        AppointmentView a = appointed(family, "koord2");
        assertThat(end(a, "FAMILY_WITHDREW", "")).hasStatus(HttpStatus.FOUND);
        AppointmentView ended = appointments.forFamily(family.id()).get(0);
        assertThat(ended.endReason()).isEqualTo(EndReason.FAMILY_WITHDREW);
        assertThat(ended.endLetterDocumentId()).isNull();
    }

    @Test
    void aFamilyWithOneKindOfCoordinatorIsWarnedAgainstTwoAndOfferedToConvert() {
        FamilyDetails family = fixtures.aFamily("Tosen", 12);
        AppointmentView child = appointed(family, "koord1");
        assertThat(change(child, "koord1", "GENERAL", "Barnet trenger nå bare helse- og omsorgstjenester."))
                .hasStatus(HttpStatus.FOUND);
        AppointmentView general = appointments.forFamily(family.id()).stream()
                .filter(a -> a.kind() == CoordinatorKind.GENERAL)
                .findFirst()
                .orElseThrow();
        assertThat(general.coordinatorId()).isEqualTo(child.coordinatorId());
        assertThat(pdfText(family, general.letterDocumentId()))
                .contains("Dere har ikke lenger en barnekoordinator")
                .contains("Fristen for å klage");

        UUID decisionId = fixtures.aGrantedDecision(family);
        assertThat(mvc.get()
                        .uri("/decisions/" + decisionId + "/appointments/new")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("En familie skal ikke ha to koordinatorer")
                .contains("/appointments/" + general.id() + "/change?kind=CHILD");

        UUID other = fixtures.aGrantedDecision(fixtures.aFamily("Enesen", 12));
        assertThat(mvc.get().uri("/decisions/" + other + "/appointments/new").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("En familie skal ikke ha to koordinatorer");
    }

    private AppointmentView appointed(FamilyDetails family, String coordinator) {
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID id = staff.findStaffByUsername(coordinator).orElseThrow().id();
        appointments.appointCoordinator(decisionId, AppointmentFixtures.draft(id));
        return appointments.forFamily(family.id()).get(0);
    }

    private MvcTestResult change(AppointmentView a, String coordinator, String kind, String reason) {
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        return mvc.post()
                .uri("/appointments/" + a.id() + "/change")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(a.version()))
                .param("kind", kind)
                .param("changeReason", reason)
                .param("familyWish", "NONE")
                .param(
                        "coordinatorId",
                        staff.findStaffByUsername(coordinator)
                                .orElseThrow()
                                .id()
                                .toString())
                .param("childWish", "Vil ha en fra skolen")
                .param("childWishHow", "Samtale med barnet")
                .param("childWishWeighing", "Ønsket er fulgt.")
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", lastWeek.toString())
                .param("delegationDecidedBy", "Kommunalsjef Oppvekst")
                .param("delegationDecidedOn", lastWeek.toString())
                .param("delegationUnitLeader", "Rektor Per Hansen")
                .exchange();
    }

    private MvcTestResult end(AppointmentView a, String reason, String note) {
        return mvc.post()
                .uri("/appointments/" + a.id() + "/end")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param(
                        "version",
                        String.valueOf(
                                appointments.forFamily(a.familyId()).get(0).version()))
                .param("reason", reason)
                .param("note", note)
                .exchange();
    }

    private FamilyDetails inNynorsk(FamilyDetails family) {
        families.changeContact(family.id(), family.version(), family.addressMunicipality(), family.phone(), null, "nn");
        return families.getFamily(family.id());
    }

    private String pdfText(FamilyDetails family, UUID documentId) {
        byte[] pdf = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + documentId)
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).as("veraPDF PDF/A-2a").isTrue();
        return PdfA.text(pdf).replaceAll("\\s+", " ");
    }
}
