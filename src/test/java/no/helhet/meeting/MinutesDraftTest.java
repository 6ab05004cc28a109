package no.helhet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
 * Issue 8 item 8 for the meeting minutes (ADR 0013): the draft is saved on the server when a field is
 * left, shown when the meeting is opened again (to the user who typed it), deleted when the minutes
 * are saved; someone else's save since the draft is shown, not silently overwritten; only those who
 * coordinate may save one; approved minutes take none; input out of bounds is refused, never a 500.
 */
@IntegrationTest
class MinutesDraftTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void halfWrittenMinutesAreSavedAsADraftAndAreThereWhenTheMeetingIsOpenedAgain() {
        Meeting meeting = aMeeting("Referatutkastsen");
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();

        MvcTestResult saved = draft(
                "ke",
                meeting,
                "version",
                String.valueOf(meeting.version()),
                "discussed",
                "Halvskrevet referat",
                "actions[1].title",
                "Ringe skolen",
                "actions[1].ownerId",
                hanne.toString(),
                "actions[7].title",
                "Finnes ikke");
        assertThat(saved).hasStatusOk();
        assertThat(saved).bodyText().contains("Utkastet er lagret").doesNotContain("<html");
        assertThat(jdbc.sql(
                                "select action, what, outcome from access_log where family_id = :id order by id desc limit 1")
                        .param("id", meeting.familyId())
                        .query()
                        .singleRow())
                .containsEntry("action", "CHANGE")
                .containsEntry("what", "meeting.minutes.draft")
                .containsEntry("outcome", "GRANTED");
        assertThat(meetings.getMeeting(meeting.id()).discussed())
                .as("a draft is not the minutes")
                .isNull();

        MvcTestResult page = show("ke", meeting);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(">Halvskrevet referat</textarea>")
                .contains("value=\"Ringe skolen\"")
                .containsPattern("value=\"" + hanne + "\"[^>]*selected")
                .doesNotContain("Finnes ikke")
                .contains("Utkastet er lagret")
                .doesNotContain("endret av noen andre")
                .contains("hx-post=\"/meetings/" + meeting.id() + "/minutes/draft\"");
        assertThat(show("kelead", meeting)).bodyText().doesNotContain("Halvskrevet referat");
    }

    @Test
    void savingTheMinutesDeletesTheDraftAndAnotherSaveSinceTheDraftIsShown() {
        Meeting meeting = aMeeting("Referatlagretsen");
        assertThat(draft("ke", meeting, "version", String.valueOf(meeting.version()), "discussed", "Utkast fra ke"))
                .hasStatusOk();
        assertThat(draft(
                        "kelead",
                        meeting,
                        "version",
                        String.valueOf(meeting.version()),
                        "discussed",
                        "Utkast fra leder"))
                .hasStatusOk();
        assertThat(drafts(meeting)).isEqualTo(2);

        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/minutes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version()))
                        .param("discussed", "Lagret av ke"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(drafts(meeting)).as("only the saver's draft goes").isEqualTo(1);
        assertThat(show("ke", meeting))
                .bodyText()
                .contains(">Lagret av ke</textarea>")
                .doesNotContain("Utkast fra ke");

        MvcTestResult stale = show("kelead", meeting);
        assertThat(stale)
                .bodyText()
                .contains(">Utkast fra leder</textarea>")
                .contains("Referatet er endret av noen andre etter at utkastet ditt ble lagret")
                .contains("name=\"version\" value=\""
                        + meetings.getMeeting(meeting.id()).version() + "\"");
    }

    @Test
    void onlyThoseWhoCoordinateSaveADraftAndApprovedMinutesTakeNone() {
        Meeting meeting = aMeeting("Referatgrensen");
        for (String outsider : List.of("koord2", "leder", "skole")) {
            // Refused as an unknown id is: "not found" for a coordinator, the role's refusal for the others.
            int status = draft(outsider, meeting.id(), "discussed", "Ikke mitt møte")
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(outsider)
                    .isEqualTo(draft(outsider, UUID.randomUUID(), "discussed", "Ikke mitt møte")
                            .getResponse()
                            .getStatus())
                    .isBetween(400, 499);
            if (outsider.equals("koord2")) {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(draft("ke", meeting, "discussed", "nul \u0000"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(draft("ke", meeting, "decided", "x".repeat(20_001)))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er ikke lagret");
        assertThat(draft("ke", meeting, "version", "ikke et tall", "actions[0].dueOn", "i morgen"))
                .hasStatusOk()
                .bodyText()
                .contains("Utkastet er lagret");
        assertThat(show("ke", meeting)).hasStatusOk();
        assertThat(drafts(meeting)).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/approval")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version()))
                        .param("confirmed", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(draft("ke", meeting, "discussed", "Etter godkjenning"))
                .bodyText()
                .contains("Utkastet er ikke lagret")
                .contains("godkjent og låst");
    }

    private Meeting aMeeting(String familyName) {
        FamilyDetails family = fixtures.aFamily(familyName, 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(mvc.post()
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
                                "STAFF:" + hanne,
                                "GUARDIAN:" + family.guardians().get(0).id()))
                .hasStatus(HttpStatus.FOUND);
        return meetings.forFamily(family.id()).get(0);
    }

    private MvcTestResult draft(String user, Meeting meeting, String... fields) {
        return draft(user, meeting.id(), fields);
    }

    private MvcTestResult draft(String user, UUID meetingId, String... fields) {
        var request = mvc.post()
                .uri("/meetings/" + meetingId + "/minutes/draft")
                .header("HX-Request", "true")
                .with(fixtures.as(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult show(String user, Meeting meeting) {
        return mvc.get()
                .uri("/meetings/" + meeting.id())
                .with(fixtures.as(user))
                .exchange();
    }

    private long drafts(Meeting meeting) {
        return jdbc.sql("select count(*) from meeting_minutes_draft where meeting_id = :id")
                .param("id", meeting.id())
                .query(Long.class)
                .single();
    }
}
