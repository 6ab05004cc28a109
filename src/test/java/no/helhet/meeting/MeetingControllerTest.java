package no.helhet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.Task;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class MeetingControllerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    TaskService tasks;

    @Autowired
    StaffDirectory staff;

    @Test
    void theNoticeArrivesWithAValidInvitationAndTheChildIsNotNamed() throws Exception {
        FamilyDetails family = fixtures.aFamily("Møtesen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        MvcTestResult result = schedule(family, "STAFF:" + hanne);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("noticeFailed");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("koord1@demo.kommune.no");
        assertThat(mail.getSubject()).isEqualTo("Innkalling til ansvarsgruppemøte");
        assertThat(GreenMailUtil.getBody(mail)).doesNotContain("Emma").doesNotContain("Møtesen");

        String ics = calendarPart((MimeMultipart) mail.getContent());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Innkalling til ansvarsgruppemøte");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Rådhuset, møterom 2");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).endsWith("@helhet");
    }

    @Test
    void minutesWithActionsBecomeTasksAndApprovedMinutesCannotBeEdited() {
        FamilyDetails family = fixtures.aFamily("Referatsen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        schedule(family, "STAFF:" + hanne);
        Meeting meeting = meetings.forFamily(family.id()).get(0);

        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/minutes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version()))
                        .param("discussed", "Skolestart og avlastning.")
                        .param("decided", "PPT kartlegger.")
                        .param("actions[0].title", "Søke avlastning")
                        .param("actions[0].ownerId", hanne.toString())
                        .param("actions[0].dueOn", meetings.today().plusDays(14).toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(tasks.fromSource(TaskSource.MEETING_ACTION, meeting.id()))
                .extracting(Task::title, Task::ownerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Søke avlastning", hanne));
        assertThat(mvc.get().uri("/my-tasks").with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Søke avlastning");

        int version = meetings.getMeeting(meeting.id()).version();
        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/approval")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult edit = mvc.post()
                .uri("/meetings/" + meeting.id() + "/minutes")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(version + 1))
                .param("discussed", "Endret i ettertid.")
                .exchange();
        assertThat(edit).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(edit.getResponse().getRedirectedUrl()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Referatet er godkjent og låst");
        assertThat(meetings.getMeeting(meeting.id()).discussed()).isEqualTo("Skolestart og avlastning.");

        mvc.post()
                .uri("/meetings/" + meeting.id() + "/addenda")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("text", "Riktig dato for skolestart er 15. august.")
                .exchange();
        assertThat(meetings.addenda(meeting.id()))
                .extracting(MeetingService.Addendum::text)
                .containsExactly("Riktig dato for skolestart er 15. august.");
    }

    @Test
    void savingMinutesWithAnActionTwiceKeepsOneTaskAndThePageShowsTheActionsAndTheApprover() {
        FamilyDetails family = fixtures.aFamily("Dobbelsen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        schedule(family, "STAFF:" + hanne);
        Meeting meeting = meetings.forFamily(family.id()).get(0);
        String due = meetings.today().plusDays(10).toString();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post()
                            .uri("/meetings/" + meeting.id() + "/minutes")
                            .with(fixtures.as("ke"))
                            .with(csrf())
                            .param(
                                    "version",
                                    String.valueOf(
                                            meetings.getMeeting(meeting.id()).version()))
                            .param("discussed", "Skolestart, runde " + i)
                            .param("actions[0].title", "Bestille tolk")
                            .param("actions[0].ownerId", hanne.toString())
                            .param("actions[0].dueOn", due)
                            .param("actions[1].title", "Bestille tolk")
                            .param("actions[1].ownerId", hanne.toString())
                            .param("actions[1].dueOn", due))
                    .hasStatus(HttpStatus.FOUND);
        }
        assertThat(tasks.fromSource(TaskSource.MEETING_ACTION, meeting.id()))
                .extracting(Task::title)
                .containsExactly("Bestille tolk");
        assertThat(meetings.getMeeting(meeting.id()).discussed()).isEqualTo("Skolestart, runde 1");
        String hanneName = staff.findStaffByUsername("koord1").orElseThrow().fullName();
        assertThat(mvc.get().uri("/meetings/" + meeting.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Oppfølgingspunkter fra møtet", "Bestille tolk", hanneName);

        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/approval")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(meetings.getMeeting(meeting.id()).version())))
                .hasStatus(HttpStatus.FOUND);
        String keName = staff.findStaffByUsername("ke").orElseThrow().fullName();
        assertThat(mvc.get().uri("/meetings/" + meeting.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Godkjent av " + keName + ", ")
                .contains("Bestille tolk", hanneName);
    }

    @Test
    void participantsArePickedFromGroupsAndTheSamePersonTwiceIsRefused() {
        FamilyDetails family = fixtures.aFamily("Gruppesen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(mvc.get().uri("/families/" + family.id() + "/meetings/new").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Familien", "Kommunens ansatte", "Søk etter deltaker");

        String guardian = "GUARDIAN:" + family.guardians().get(0).id();
        MvcTestResult twice = mvc.post()
                .uri("/families/" + family.id() + "/meetings")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("kind", "COOPERATION")
                .param("date", meetings.today().plusDays(3).toString())
                .param("time", "10:00")
                .param("durationMinutes", "60")
                .param("place", "Rådhuset")
                .param("agenda", "Oppstart")
                .param("participants", "STAFF:" + hanne, guardian, "STAFF:" + hanne)
                .exchange();
        assertThat(twice).hasStatusOk();
        assertThat(twice).bodyText().contains("Samme person er valgt to ganger.");
        assertThat(meetings.forFamily(family.id())).isEmpty();
    }

    @Test
    void aMeetingNeedsParticipantsAndAPlace() {
        FamilyDetails family = fixtures.aFamily("Tommøtesen", 9);
        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/meetings")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("kind", "COOPERATION")
                .param("date", meetings.today().plusDays(3).toString())
                .param("time", "10:00")
                .param("durationMinutes", "60")
                .param("agenda", "Oppstart")
                .param("participants", "STAFF:" + UUID.randomUUID())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Velg minst én deltaker fra listen.")
                .contains("Skriv sted eller videolenke.")
                .contains(">Oppstart</textarea>");
        assertThat(meetings.forFamily(family.id())).isEmpty();
    }

    @Test
    void aProviderContactIsInvitedOrMadeOwnerOnlyUnderAConsentCoveringItsProvider() {
        FamilyDetails family = fixtures.aFamily("Samtykkemøtesen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        UUID contact = staff.findStaffByUsername("skole").orElseThrow().id();
        assertThat(mvc.get().uri("/families/" + family.id() + "/meetings/new").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Kjell Rektor");
        assertThat(schedule(family, "STAFF:" + contact)).hasStatusOk();
        assertThat(meetings.forFamily(family.id())).isEmpty();

        schedule(family, "STAFF:" + hanne);
        Meeting meeting = meetings.forFamily(family.id()).get(0);
        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/minutes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version()))
                        .param("discussed", "Skolestart.")
                        .param("decided", "Skolen kartlegger.")
                        .param("actions[0].title", "Kartlegge lesing")
                        .param("actions[0].ownerId", contact.toString())
                        .param("actions[0].dueOn", meetings.today().plusDays(14).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Velg hvem som er ansvarlig.");
        assertThat(tasks.fromSource(TaskSource.MEETING_ACTION, meeting.id())).isEmpty();
    }

    private MvcTestResult schedule(FamilyDetails family, String participant) {
        return mvc.post()
                .uri("/families/" + family.id() + "/meetings")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("kind", "RESPONSIBILITY_GROUP")
                .param("date", meetings.today().plusDays(7).toString())
                .param("time", "13:30")
                .param("durationMinutes", "90")
                .param("place", "Rådhuset, møterom 2")
                .param("agenda", "Status og videre plan")
                .param(
                        "participants",
                        participant,
                        "GUARDIAN:" + family.guardians().get(0).id())
                .exchange();
    }

    private static String calendarPart(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
