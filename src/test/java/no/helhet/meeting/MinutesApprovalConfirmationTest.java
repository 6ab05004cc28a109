package no.helhet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 8 item 3: approving the minutes says what will happen and asks to confirm; without the
 * confirmation (the plain-HTML way) the page asks again and nothing is approved.
 */
@IntegrationTest
class MinutesApprovalConfirmationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    StaffDirectory staff;

    @Test
    void theMinutesAreNotApprovedWithoutConfirmationAndThePageSaysWhatApprovalDoes() {
        FamilyDetails family = fixtures.aFamily("Godkjennsen", 9);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/meetings")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("kind", "RESPONSIBILITY_GROUP")
                        .param("date", meetings.today().plusDays(7).toString())
                        .param("time", "13:30")
                        .param("durationMinutes", "60")
                        .param("place", "Rådhuset")
                        .param("agenda", "Status")
                        .param(
                                "participants",
                                "STAFF:" + hanne,
                                "GUARDIAN:" + family.guardians().get(0).id()))
                .hasStatus(HttpStatus.FOUND);
        Meeting meeting = meetings.forFamily(family.id()).get(0);
        assertThat(mvc.post()
                        .uri("/meetings/" + meeting.id() + "/minutes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version()))
                        .param("discussed", "Skolestart."))
                .hasStatus(HttpStatus.FOUND);
        int version = meetings.getMeeting(meeting.id()).version();

        assertThat(mvc.get().uri("/meetings/" + meeting.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"confirmed-dialog\"")
                .contains("låses det med mitt navn og dagens dato")
                .contains("kan lese referatet i tjenesteyterportalen");

        MvcTestResult unconfirmed = approve(meeting.id(), version, false);
        assertThat(unconfirmed).hasStatusOk();
        assertThat(unconfirmed)
                .bodyText()
                .contains("id=\"confirmed-error\"")
                .contains("Kryss av for at du har kontrollert referatet før det godkjennes.")
                .contains(">Skolestart.</textarea>");
        assertThat(meetings.getMeeting(meeting.id()).approved())
                .as("nothing approved without confirmation")
                .isFalse();

        MvcTestResult confirmed = approve(meeting.id(), version, true);
        assertThat(confirmed).hasStatus(HttpStatus.FOUND);
        assertThat(meetings.getMeeting(meeting.id()).approved()).isTrue();
    }

    private MvcTestResult approve(UUID meetingId, int version, boolean confirmed) {
        var request = mvc.post()
                .uri("/meetings/" + meetingId + "/approval")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(version));
        return (confirmed ? request.param("confirmed", "true") : request).exchange();
    }
}
