package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.assessment.AssessmentService;
import no.helhet.collaboration.CollaborationService;
import no.helhet.collaboration.CollaborationService.Steps;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.family.GuardianSummary;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.MeetingService.NewMeeting;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.note.CaseNotes;
import no.helhet.provider.OwnerType;
import no.helhet.provider.ProviderContact;
import no.helhet.provider.ProviderDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServicePicture.NewService;
import no.helhet.provider.ServiceStatus;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.request.RequesterKind;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffDirectory.NewStaffMember;
import no.helhet.staff.StaffRole;
import no.helhet.staff.TrainingStatus;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.StatementCounter;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The number of SQL statements a page sends does not grow with the data it shows: each page is
 * rendered for a small case (one child, one of everything) and, after the register has grown, for a
 * large one (five children, twenty services, ten consents, providers, meetings, notes; a coordinator
 * with five families), and must send exactly as many statements. Statements are counted by
 * {@link StatementCounter}, which wraps the application's DataSource in tests.
 */
@IntegrationTest
class StatementCountTest {

    /**
     * The most statements any of these pages may send, whatever the data (the family page: 50, one or
     * two more for each module that adds a section, such as the individual plan's; its summary adds
     * eleven, each module's item one statement for any number of families, the coordinator's and the
     * tasks section's owners three with their staff records, ADR 0018).
     */
    static final int MOST_PER_PAGE = 50;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyService families;

    @Autowired
    RequestService requests;

    @Autowired
    AssessmentService assessments;

    @Autowired
    DecisionService decisions;

    @Autowired
    AppointmentService appointments;

    @Autowired
    StaffDirectory staff;

    @Autowired
    ProviderRegister providers;

    @Autowired
    ServicePicture services;

    @Autowired
    ConsentService consents;

    @Autowired
    CollaborationService collaborations;

    @Autowired
    MeetingService meetings;

    @Autowired
    CaseNotes notes;

    @Autowired
    TaskService tasks;

    @Autowired
    UserDetailsService users;

    @Test
    void everyPageSendsAsManyStatementsForALargeCaseAsForASmallOne() {
        Map<String, Integer> small = pages(asCaseworker(() -> aCase("liten", 1, 1, 1)));
        Map<String, Integer> large = pages(asCaseworker(() -> aCase("stor", 5, 4, 5)));
        System.out.println("Statements per page, small case: " + small + ", large case: " + large);

        assertThat(large).isEqualTo(small);
        assertThat(large.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(MOST_PER_PAGE));
    }

    /** Builds the data as the coordinating unit's caseworker (notes are signed by the current user). */
    private Case asCaseworker(Supplier<Case> build) {
        UserDetails ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ke, null, ke.getAuthorities()));
        try {
            return build.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<String, Integer> pages(Case c) {
        RequestPostProcessor ke = fixtures.as("ke");
        RequestPostProcessor coordinator = fixtures.as(c.coordinatorUsername());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("family", count("/families/" + c.familyId(), ke));
        counts.put("request", count("/requests/" + c.requestId(), ke));
        counts.put("worklist", count("/worklist?status=ALL&coordinatorId=" + c.coordinatorId(), ke));
        counts.put("my-families", count("/my-families", coordinator));
        return counts;
    }

    private int count(String uri, RequestPostProcessor user) {
        List<String> statements =
                StatementCounter.record(
                                () -> assertThat(mvc.get().uri(uri).with(user)).hasStatusOk())
                        .stream()
                        .filter(sql -> !isSessionStore(sql))
                        .toList();
        System.out.println(uri + ": " + statements.size() + " statements\n  "
                + statements.stream().collect(Collectors.joining("\n  ")));
        return statements.size();
    }

    /**
     * A coordinator with {@code families} families; the first has {@code children} children, each
     * with a service from each of {@code newProviders} new providers, two consents, a collaboration
     * per provider, and the family {@code children} meetings and notes.
     */
    private Case aCase(String name, int children, int newProviders, int familyCount) {
        LocalDate today = families.today();
        UUID unitId = staff.units().get(0).id();
        String username = "koord" + name;
        UUID coordinatorId = staff.registerStaffMember(new NewStaffMember(
                username,
                "helhet-test-passord",
                "Koordinator " + name,
                StaffRole.COORDINATOR,
                unitId,
                username + "@demo.kommune.no",
                null,
                TrainingStatus.COMPLETED));

        List<UUID> providerIds = new ArrayList<>();
        for (int p = 0; p < newProviders; p++) {
            UUID id = providers.registerProvider(
                    new ProviderDetails(
                            "Tjeneste " + name + " " + p,
                            "974760673",
                            OwnerType.MUNICIPAL,
                            "HEALTH_CARE",
                            "Helse- og omsorgstjenesteloven",
                            null),
                    unitId);
            for (int k = 0; k < 2; k++) {
                providers.addContact(
                        id,
                        providers.getProvider(id).version(),
                        new ProviderContact("Kontakt " + k, "Rådgiver", null, null));
            }
            providerIds.add(id);
        }

        List<NewChild> newChildren = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            LocalDate born = today.minusYears(4 + i).minusDays(10);
            newChildren.add(new NewChild(Fixtures.syntheticId(born), "Barn" + i, name, born, null, null));
        }
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                "99999999",
                null,
                List.of(
                        new NewGuardian(Fixtures.syntheticId(today.minusYears(38)), "Kari", name, true, null, null),
                        new NewGuardian(Fixtures.syntheticId(today.minusYears(40)), "Ola", name, true, null, null)),
                newChildren));
        FamilyDetails family = families.getFamily(familyId);
        Set<UUID> guardianIds =
                family.guardians().stream().map(GuardianSummary::id).collect(Collectors.toSet());
        UUID requestId = grantAndAppoint(family, coordinatorId);

        for (var child : family.children()) {
            for (UUID providerId : providerIds) {
                services.recordService(
                        familyId,
                        new NewService(
                                child.id(),
                                providerId,
                                null,
                                ServiceStatus.RECEIVED,
                                "Oppfølging",
                                today.minusMonths(2),
                                null));
                collaborations.recordCollaboration(
                        familyId,
                        new Steps(
                                child.id(), providerId, true, true, "Trenger samarbeid", null, null, null, null, null),
                        null);
            }
            for (int k = 0; k < 2; k++) {
                consents.recordConsent(
                        familyId,
                        new NewConsent(
                                child.id(),
                                ConsentGiver.GUARDIANS,
                                guardianIds,
                                Set.copyOf(providerIds),
                                EnumSet.of(InformationKind.HEALTH, InformationKind.SCHOOL),
                                ConsentForm.WRITTEN,
                                today.minusDays(k),
                                k == 1 ? today.plusDays(10) : null));
            }
            meetings.schedule(
                    familyId,
                    new NewMeeting(
                            MeetingKind.RESPONSIBILITY_GROUP,
                            LocalDateTime.now().plusDays(7),
                            60,
                            "Rådhuset",
                            null,
                            "Status",
                            Set.of(new Participant(ParticipantKind.STAFF, "Koordinator " + name, null))));
            notes.writeNote(familyId, child.id(), today, "Samtale med familien.", null);
            tasks.createTask(
                    coordinatorId,
                    familyId,
                    "Følg opp " + child.givenName(),
                    today.plusDays(3),
                    TaskSource.MEETING_ACTION,
                    null);
        }
        // The summary and "Mine familier": every family with a next meeting and an open task.
        for (int f = 1; f < familyCount; f++) {
            FamilyDetails other = fixtures.aFamily(name + f, 8);
            grantAndAppoint(other, coordinatorId);
            meetings.schedule(
                    other.id(),
                    new NewMeeting(
                            MeetingKind.COOPERATION,
                            LocalDateTime.now().plusDays(f),
                            60,
                            "Rådhuset",
                            null,
                            "Status",
                            Set.of(new Participant(ParticipantKind.STAFF, "Koordinator " + name, null))));
            tasks.createTask(
                    coordinatorId, other.id(), "Ring familien", today.minusDays(f), TaskSource.MEETING_ACTION, null);
        }
        return new Case(familyId, requestId, coordinatorId, username);
    }

    /** A request about every child of the family, granted and appointed to the coordinator. */
    private UUID grantAndAppoint(FamilyDetails family, UUID coordinatorId) {
        UUID requestId = requests.registerRequest(new NewRequest(
                family.id(),
                RequestChannel.PHONE,
                families.today().minusDays(3),
                RequesterKind.GUARDIAN,
                family.guardians().get(0).id(),
                null,
                null,
                "Vi trenger hjelp.",
                family.children().stream().map(c -> c.id()).collect(Collectors.toSet())));
        UUID assessmentId =
                assessments.startAssessment(requestId, family.children().get(0).id());
        assessments.saveDraft(
                assessmentId, assessments.getAssessment(assessmentId).version(), Fixtures.allConditionsMet());
        var content = Fixtures.allConditionsMet();
        UUID decisionId = decisions.decide(
                assessmentId,
                new DecisionService.DecisionDraft(
                        DecisionOutcome.GRANTED_CHILD_COORDINATOR,
                        content.ageReason(),
                        content.illnessReason(),
                        content.needReason(),
                        "Familien har rett til barnekoordinator.",
                        Fixtures.childHeard()));
        appointments.appointCoordinator(decisionId, AppointmentFixtures.draft(coordinatorId));
        return requestId;
    }

    record Case(UUID familyId, UUID requestId, UUID coordinatorId, String coordinatorUsername) {}

    /**
     * The session store's statements (Spring Session JDBC: read the session, write it back) are a
     * fixed cost of every request, the same for every page and every amount of data: not counted.
     */
    private static boolean isSessionStore(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }
}
