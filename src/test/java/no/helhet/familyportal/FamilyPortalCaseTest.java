package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.FamilyPortalLogins;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The family's case page in the family portal (issue 14 item 3): per child the requests and where
 * they stand, the decisions and their letters (download), the coordinator and how to reach them, the
 * next meeting and approved minutes; a youth sees only their own; and a request for a coordinator
 * sent online lands on the coordinating unit's worklist as a written request with channel PORTAL.
 */
@IntegrationTest
class FamilyPortalCaseTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyPortalLogins logins;

    @Autowired
    FamilyService families;

    @Autowired
    AppointmentService appointments;

    @Autowired
    MeetingService meetings;

    @Autowired
    StaffDirectory staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuardianSeesTheDecisionItsLetterTheCoordinatorAndTheNextMeeting() throws Exception {
        FamilyDetails family = fixtures.aFamily("Sakesen", 9);
        UUID child = family.children().get(0).id();
        UUID[] decision = new UUID[1];
        asCaseworker(() -> {
            decision[0] = fixtures.aGrantedDecision(family);
            appointments.appointCoordinator(
                    decision[0],
                    AppointmentFixtures.draft(
                            staff.findStaffByUsername("koord2").orElseThrow().id()));
            meetings.schedule(
                    family.id(),
                    new MeetingService.NewMeeting(
                            MeetingKind.RESPONSIBILITY_GROUP,
                            LocalDateTime.now().plusDays(5),
                            60,
                            "Rådhuset",
                            null,
                            "Oppstart",
                            Set.of(new Participant(ParticipantKind.STAFF, "Kari Nordmann", null))));
        });
        String coordinator = staff.findStaffByUsername("koord2").orElseThrow().fullName();
        String page = mvc.get()
                .uri("/family-portal/families/" + family.id())
                .with(logins.asGuardian(family))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Dere har rett til barnekoordinator.")
                .contains("Dere har fått koordinator.")
                .contains(coordinator)
                .contains("Rådhuset")
                .contains("Ansvarsgruppemøte");

        UUID letter = jdbc.sql("select letter_document_id from decision where id = :id")
                .param("id", decision[0])
                .query(UUID.class)
                .single();
        assertThat(page).contains("/family-portal/children/" + child + "/letters/" + letter);
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + child + "/letters/" + letter)
                        .with(logins.asGuardian(family)))
                .hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and role = 'GUARDIAN'"
                                + " and what = 'family-portal.letter' and action = 'DOWNLOAD' and outcome = 'GRANTED'")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        FamilyDetails other = fixtures.aFamily("Fremmedsen", 9);
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + child + "/letters/" + letter)
                        .with(logins.asGuardian(other)))
                .as("another family's child and letter")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/family-portal/children/"
                                + other.children().get(0).id() + "/letters/" + letter)
                        .with(logins.asGuardian(other)))
                .as("own child, another family's letter")
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aYouthSeesOnlyTheirOwnCaseAndNotTheirSiblingsLetter() {
        LocalDate today = families.today();
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(new NewGuardian(
                        Fixtures.syntheticId(today.minusYears(44)), "Siri", "Søskensen", true, null, null)),
                List.of(
                        new NewChild(
                                Fixtures.syntheticId(today.minusYears(12)),
                                "Lillebror",
                                "Søskensen",
                                today.minusYears(12),
                                null,
                                null),
                        new NewChild(
                                Fixtures.syntheticId(today.minusYears(17)),
                                "Storesøster",
                                "Søskensen",
                                today.minusYears(17),
                                null,
                                null))));
        FamilyDetails family = families.getFamily(familyId);
        UUID younger = family.children().stream()
                .filter(c -> c.givenName().equals("Lillebror"))
                .findFirst()
                .orElseThrow()
                .id();
        UUID youth = family.children().stream()
                .filter(c -> c.givenName().equals("Storesøster"))
                .findFirst()
                .orElseThrow()
                .id();
        // The fixture decides for the family's first child; a view with the children the other way round
        // decides for the younger.
        FamilyDetails youngerFirst = new FamilyDetails(
                family.id(),
                family.addressMunicipality(),
                family.phone(),
                family.email(),
                family.version(),
                family.guardians(),
                List.of(family.children().get(1), family.children().get(0)));
        UUID[] decisions = new UUID[2];
        asCaseworker(() -> {
            decisions[0] = fixtures.aGrantedDecision(family);
            decisions[1] = fixtures.aGrantedDecision(youngerFirst);
        });
        assertThat(childOf(decisions[0])).isEqualTo(youth);
        assertThat(childOf(decisions[1])).isEqualTo(younger);
        UUID ownLetter = letterOf(decisions[0]);
        UUID siblingsLetter = letterOf(decisions[1]);

        assertThat(mvc.get().uri("/family-portal/families/" + familyId).with(logins.asYouth(youth)))
                .hasStatusOk()
                .bodyText()
                .contains("Storesøster Søskensen", "Dere har rett til barnekoordinator.")
                .doesNotContain("Lillebror")
                .doesNotContain(siblingsLetter.toString())
                .doesNotContain("Ansvarsgruppemøte");
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + youth + "/letters/" + ownLetter)
                        .with(logins.asYouth(youth)))
                .hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + youth + "/letters/" + siblingsLetter)
                        .with(logins.asYouth(youth)))
                .as("the sibling's letter under the youth's own id")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + younger + "/letters/" + siblingsLetter)
                        .with(logins.asYouth(youth)))
                .as("the sibling's letter under the sibling's id")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and role = 'YOUTH'"
                                + " and what = 'family-portal.letter' and outcome = 'DENIED'")
                        .param("id", familyId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/family-portal/children/" + younger + "/letters/" + siblingsLetter)
                        .with(logins.asGuardian(family)))
                .hasStatusOk();
    }

    private UUID childOf(UUID decisionId) {
        return jdbc.sql("select child_id from decision where id = :id")
                .param("id", decisionId)
                .query(UUID.class)
                .single();
    }

    private UUID letterOf(UUID decisionId) {
        return jdbc.sql("select letter_document_id from decision where id = :id")
                .param("id", decisionId)
                .query(UUID.class)
                .single();
    }

    @Test
    void aRequestSentOnlineLandsOnTheWorklistAsAWrittenRequestThroughThePortal() throws Exception {
        FamilyDetails family = fixtures.aFamily("Nettsen", 6);
        UUID child = family.children().get(0).id();
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/requests")
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("childIds", child.toString())
                        .param("needs", ""))
                .as("without words: the field says so, nothing is sent")
                .hasStatusOk()
                .bodyText()
                .contains("Skriv kort hva barnet trenger hjelp til.");
        assertThat(countRequests(family.id())).isZero();

        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/requests")
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("childIds", child.toString())
                        .param("needs", "Emma trenger hjelp fra skole, BUP og fysioterapeut."))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/family-portal/families/" + family.id());
        Map<String, Object> request =
                jdbc.sql("""
                        select id, channel, status, requester_kind, requester_guardian_id, family_words
                        from coordinator_request where family_id = :id
                        """).param("id", family.id()).query().singleRow();
        assertThat(request)
                .containsEntry("channel", "PORTAL")
                .containsEntry("status", "RECEIVED")
                .containsEntry("requester_kind", "GUARDIAN")
                .containsEntry(
                        "requester_guardian_id", family.guardians().get(0).id())
                .containsEntry("family_words", "Emma trenger hjelp fra skole, BUP og fysioterapeut.");
        assertThat(onTheWorklist(request.get("id").toString()))
                .as("the worklist row of the request, with its channel")
                .contains("Skriftlig: familiens side på nett");
        assertThat(mvc.get().uri("/family-portal/families/" + family.id()).with(logins.asGuardian(family)))
                .bodyText()
                .contains("Vi har fått den og skal se på den.");

        FamilyDetails other = fixtures.aFamily("Utenfrasen", 6);
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/requests")
                        .with(logins.asGuardian(other))
                        .with(csrf())
                        .param("childIds", child.toString())
                        .param("needs", "Ikke vår familie."))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(countRequests(family.id())).isEqualTo(1);
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + other.id() + "/requests")
                        .with(logins.asGuardian(other))
                        .with(csrf())
                        .param("childIds", child.toString())
                        .param("needs", "Et barn fra en annen familie."))
                .as("a child the member does not see")
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst ett barn.");
        assertThat(countRequests(other.id())).isZero();
    }

    /** The worklist page (newest first, waiting to be looked at) that lists the request; others share the database. */
    private String onTheWorklist(String requestId) throws Exception {
        for (int page = 0; page < 50; page++) {
            String html = mvc.get()
                    .uri("/worklist")
                    .param("status", "RECEIVED")
                    .param("sort", "RECEIVED_DESC")
                    .param("page", Integer.toString(page))
                    .with(fixtures.as("ke"))
                    .exchange()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            int at = html.indexOf("/requests/" + requestId);
            if (at >= 0) {
                return html.substring(at, html.indexOf("</tr>", at));
            }
        }
        return "";
    }

    private long countRequests(UUID familyId) {
        return jdbc.sql("select count(*) from coordinator_request where family_id = :id")
                .param("id", familyId)
                .query(Long.class)
                .single();
    }

    private void asCaseworker(Runnable work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
