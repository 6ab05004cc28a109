package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.MeetingService.NewMeeting;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.plan.PlanFixtures;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffDirectory.NewStaffMember;
import no.helhet.staff.StaffRole;
import no.helhet.staff.TrainingStatus;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The family page's summary (each item present and absent: the coordinator, the waiting request and
 * its step, the next meeting, the open tasks, consents expiring, plan evaluations due, a child about
 * to turn 18) and "Mine familier"'s columns (next meeting, open tasks with the earliest due date and
 * overdue marker, anything due), built through the real services.
 */
@IntegrationTest
class FamilyGlanceTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    @Autowired
    AppointmentService appointments;

    @Autowired
    MeetingService meetings;

    @Autowired
    TaskService tasks;

    @Autowired
    ConsentService consents;

    @Autowired
    PlanFixtures plans;

    @Autowired
    StaffDirectory staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFamilyWithNothingYetSaysSoForEveryItem() {
        FamilyDetails family = fixtures.aFamily("Tomsen", 6);
        String page = familyPage(family.id());

        assertThat(glance(page, "coordinator")).contains("Ingen koordinator er oppnevnt.");
        assertThat(glance(page, "request")).contains("Ingen ønsker venter på behandling.");
        assertThat(glance(page, "meeting")).contains("Ingen møter er planlagt.");
        assertThat(glance(page, "task")).contains("Ingen åpne oppgaver.");
        assertThat(glance(page, "consent")).contains("Ingen samtykker går ut de neste 30 dagene.");
        assertThat(glance(page, "plan")).contains("Ingen evaluering de neste 30 dagene.");
        assertThat(page).doesNotContain("fyller 18 år");
        // The summary comes first, and each item's label links to its section on the page.
        assertThat(page.indexOf("id=\"family-summary\"")).isLessThan(page.indexOf("id=\"section-children\""));
        for (String anchor : new String[] {
            "section-children",
            "section-appointment",
            "section-request",
            "section-meeting",
            "section-task",
            "section-consent",
            "section-plan"
        }) {
            assertThat(summary(page)).contains("href=\"#" + anchor + "\"");
            assertThat(page).containsPattern("<h2[^>]* id=\"" + anchor + "\"");
        }
    }

    @Test
    void theWaitingRequestShowsItsStepAndLinksToItsCasePageUntilTheCoordinatorIsAppointed() {
        FamilyDetails received = fixtures.aFamily("Ventesen", 7);
        LocalDate receivedOn = families.today().minusDays(4);
        UUID requestId = as("ke", () -> fixtures.aRequest(received, receivedOn));
        assertThat(glance(familyPage(received.id()), "request"))
                .contains("href=\"/requests/" + requestId + "\"")
                .contains("Mottatt " + DATE.format(receivedOn) + ": Mottatt");

        FamilyDetails granted = fixtures.aFamily("Innvilgesen", 8);
        UUID coordinatorId = aCoordinator("koordglans1", "45612378");
        UUID decisionId = as("ke", () -> fixtures.aGrantedDecision(granted));
        assertThat(glance(familyPage(granted.id()), "request")).contains("Innvilget, venter på oppnevning");
        assertThat(glance(familyPage(granted.id()), "coordinator")).contains("Ingen koordinator er oppnevnt.");

        as("ke", () -> appointments.appointCoordinator(decisionId, AppointmentFixtures.draft(coordinatorId)));
        String page = familyPage(granted.id());
        assertThat(glance(page, "request"))
                .contains("Ingen ønsker venter på behandling.")
                .doesNotContain("Innvilget");
        assertThat(glance(page, "coordinator"))
                .contains("Koordinator koordglans1")
                .contains("45612378")
                .contains("koordglans1@demo.kommune.no")
                .contains("Barnekoordinator")
                .contains(staff.findStaff(coordinatorId).orElseThrow().unitName());
    }

    @Test
    void theNextMeetingTasksConsentsAndPlanEvaluationsAreSummedUp() {
        FamilyDetails family = fixtures.aFamily("Travelsen", 9);
        LocalDate today = families.today();
        UUID ownerId = staff.findStaffByUsername("ke").orElseThrow().id();
        UUID past = meeting(family.id(), LocalDateTime.now().minusDays(2));
        UUID later = meeting(family.id(), LocalDateTime.now().plusDays(20));
        UUID next = meeting(family.id(), LocalDateTime.now().plusDays(3));
        as("ke", () -> {
            tasks.createTask(ownerId, family.id(), "Ring skolen", today.plusDays(5), TaskSource.MEETING_ACTION, null);
            tasks.createTask(ownerId, family.id(), "Send referat", today.minusDays(2), TaskSource.MEETING_ACTION, null);
            tasks.createTask(ownerId, family.id(), "Avtal møte", today.plusDays(9), TaskSource.MEETING_ACTION, null);
            tasks.createTask(ownerId, family.id(), "Følg opp NAV", today.plusDays(30), TaskSource.MEETING_ACTION, null);
            return null;
        });
        UUID expiring = aConsent(family, today.minusDays(100), today.plusDays(10));
        UUID planId = as("ke", () -> plans.aPlan(family));
        jdbc.sql("update individual_plan set next_evaluation_on = :on where id = :id")
                .param("on", today.minusDays(1))
                .param("id", planId)
                .update();

        String page = familyPage(family.id());
        assertThat(glance(page, "meeting"))
                .contains("href=\"/meetings/" + next + "\"")
                .contains("Ansvarsgruppemøte")
                .doesNotContain(past.toString())
                .doesNotContain(later.toString());
        assertThat(glance(page, "task"))
                .contains("Åpne oppgaver: 4")
                .contains("Send referat", "Ring skolen", "Avtal møte")
                .doesNotContain("Følg opp NAV")
                .contains("(frist " + DATE.format(today.minusDays(2)) + ")")
                .contains("Forfalt")
                .contains("Se alle oppgavene (4)");
        assertThat(page).contains("Følg opp NAV"); // in the tasks section
        assertThat(glance(page, "consent")).contains("Samtykke går ut " + DATE.format(today.plusDays(10)));
        assertThat(glance(page, "plan"))
                .contains("href=\"/plans/" + planId + "\"")
                .contains("Evaluering av planen " + DATE.format(today.minusDays(1)))
                .contains("Forfalt");

        // An expired consent stays until it is renewed (a later consent covering what it covered).
        jdbc.sql("update consent set expires_on = :on where id = :id")
                .param("on", today.minusDays(3))
                .param("id", expiring)
                .update();
        assertThat(glance(familyPage(family.id()), "consent"))
                .contains("Samtykke gikk ut " + DATE.format(today.minusDays(3)));
        // (The plan's consent, given today without end, covers other information: it renews nothing.)
        aConsent(family, today, null);
        assertThat(glance(familyPage(family.id()), "consent")).contains("Ingen samtykker går ut");
    }

    @Test
    void aChildAboutToTurn18IsMarkedWithTheChildren() {
        LocalDate today = families.today();
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Myndigsen")
                .withChildBorn("Siri", today.minusYears(18).plusDays(40))
                .withChildBorn("Per", today.minusYears(10))
                .build();
        String page = familyPage(family.id());
        assertThat(summary(page))
                .contains("fyller 18 år " + DATE.format(today.plusDays(40)))
                .containsOnlyOnce("fyller 18 år");
    }

    @Test
    void mineFamilierShowsEachFamilysNextMeetingOpenTasksAndWhatIsDue() throws Exception {
        LocalDate today = families.today();
        UUID coordinatorId = aCoordinator("koordglans2", null);
        FamilyDetails busy = familyFixtures
                .aFamily()
                .named("Mangesen")
                .withChildBorn("Siri", today.minusYears(18).plusDays(60))
                .build();
        FamilyDetails quiet = fixtures.aFamily("Rolighet", 5);
        appoint(busy, coordinatorId);
        appoint(quiet, coordinatorId);
        UUID next = meeting(busy.id(), LocalDateTime.now().plusDays(6));
        as("ke", () -> {
            tasks.createTask(
                    coordinatorId, busy.id(), "Ring skolen", today.minusDays(1), TaskSource.MEETING_ACTION, null);
            tasks.createTask(
                    coordinatorId, busy.id(), "Avtal møte", today.plusDays(4), TaskSource.MEETING_ACTION, null);
            return null;
        });
        aConsent(busy, today.minusDays(50), today.plusDays(12));
        UUID planId = as("ke", () -> plans.aPlan(busy));
        jdbc.sql("update individual_plan set next_evaluation_on = :on where id = :id")
                .param("on", today.plusDays(20))
                .param("id", planId)
                .update();

        String page = mvc.get()
                .uri("/my-families")
                .with(fixtures.as("koordglans2"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String busyRow = row(page, busy.id());
        assertThat(cell(busyRow, "next-meeting")).contains("href=\"/meetings/" + next + "\"");
        assertThat(cell(busyRow, "open-tasks"))
                .contains("Åpne oppgaver: 2")
                .contains("Første frist " + DATE.format(today.minusDays(1)))
                .contains("Forfalt");
        assertThat(cell(busyRow, "due"))
                .contains("Samtykke går ut " + DATE.format(today.plusDays(12)))
                .contains("Evaluering av planen " + DATE.format(today.plusDays(20)))
                .contains("Siri fyller 18 år " + DATE.format(today.plusDays(60)));

        String quietRow = row(page, quiet.id());
        assertThat(cell(quietRow, "next-meeting")).contains("Ingen møter er planlagt.");
        assertThat(cell(quietRow, "open-tasks")).contains("Ingen åpne oppgaver.");
        assertThat(cell(quietRow, "due")).contains("Ingen frister de neste 30 dagene.");
    }

    private void appoint(FamilyDetails family, UUID coordinatorId) {
        UUID decisionId = as("ke", () -> fixtures.aGrantedDecision(family));
        as("ke", () -> appointments.appointCoordinator(decisionId, AppointmentFixtures.draft(coordinatorId)));
    }

    private UUID aCoordinator(String username, String phone) {
        return staff.registerStaffMember(new NewStaffMember(
                username,
                "helhet-test-passord",
                "Koordinator " + username,
                StaffRole.COORDINATOR,
                staff.units().get(0).id(),
                username + "@demo.kommune.no",
                phone,
                TrainingStatus.COMPLETED));
    }

    private UUID meeting(UUID familyId, LocalDateTime at) {
        return as(
                "ke",
                () -> meetings.schedule(
                                familyId,
                                new NewMeeting(
                                        MeetingKind.RESPONSIBILITY_GROUP,
                                        at,
                                        60,
                                        "Rådhuset",
                                        null,
                                        "Status",
                                        Set.of(new Participant(ParticipantKind.STAFF, "Kari Koordinator", null))))
                        .meetingId());
    }

    private UUID aConsent(FamilyDetails family, LocalDate givenOn, LocalDate expiresOn) {
        return as(
                "ke",
                () -> consents.recordConsent(
                        family.id(),
                        new NewConsent(
                                family.children().get(0).id(),
                                ConsentGiver.GUARDIANS,
                                family.guardians().stream()
                                        .map(GuardianSummary::id)
                                        .collect(Collectors.toSet()),
                                Set.of(plans.providerNamed("Solbakken skole")),
                                EnumSet.of(InformationKind.HEALTH),
                                ConsentForm.WRITTEN,
                                givenOn,
                                expiresOn)));
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String familyPage(UUID familyId) {
        var result =
                mvc.get().uri("/families/" + familyId).with(fixtures.as("ke")).exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary at the top of the family page. */
    private static String summary(String page) {
        int start = page.indexOf("id=\"family-summary\"");
        return page.substring(start, page.indexOf("</dl>", start));
    }

    /** One item of the summary (its fragment's div). */
    private static String glance(String page, String name) {
        int start = page.indexOf("data-glance=\"" + name + "\"");
        assertThat(start).as("summary item " + name).isPositive();
        return page.substring(start, page.indexOf("</div>", start));
    }

    private static String row(String page, UUID familyId) {
        int start = page.indexOf("data-family-id=\"" + familyId + "\"");
        assertThat(start).as("row of " + familyId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String cell(String row, String column) {
        int start = row.indexOf("data-column=\"" + column + "\"");
        return row.substring(start, row.indexOf("</td>", start));
    }
}
