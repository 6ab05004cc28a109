package no.helhet.providerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceStatus;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProviderPortalTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    ServicePicture services;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    TaskService tasks;

    @Autowired
    StaffDirectory staff;

    @Test
    void anOutOfScopeProviderSeesNothingAndEverythingElseIsNotFound() {
        FamilyDetails family = fixtures.aFamily("Utenforsen", 10);
        consent(family, providerNamed("BUP Demo"), EnumSet.of(InformationKind.HEALTH));
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/provider-portal").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Utenforsen");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("skole"))).hasStatus(HttpStatus.NOT_FOUND);
        Long denied = jdbc.sql("select count(*) from access_log where family_id = :id and username = 'skole'"
                        + " and outcome = 'DENIED'")
                .param("id", family.id())
                .query(Long.class)
                .single();
        assertThat(denied)
                .as("the portal refusal and the refusal by role of /families")
                .isEqualTo(2);
    }

    @Test
    void theProviderSeesOnlyTheKindsTheConsentCoversAndWithdrawalBitesOnTheNextRequest() {
        FamilyDetails family = fixtures.aFamily("Innenforsen", 10);
        UUID school = providerNamed("Solbakken skole");
        UUID child = family.children().get(0).id();
        asCaseworker(() -> {
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(
                            child, school, null, ServiceStatus.RECEIVED, "Spesialundervisning", null, null));
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(
                            child,
                            providerNamed("BUP Demo"),
                            null,
                            ServiceStatus.RECEIVED,
                            "Samtaler hos BUP",
                            null,
                            null));
            var scheduled = meetings.schedule(
                    family.id(),
                    new MeetingService.NewMeeting(
                            MeetingKind.COOPERATION,
                            java.time.LocalDateTime.now().plusDays(1),
                            60,
                            "Skolen",
                            null,
                            "Oppstart",
                            Set.of(new Participant(
                                    ParticipantKind.PROVIDER_CONTACT, "Solbakken skole", null, school, null))));
            var meeting = meetings.getMeeting(scheduled.meetingId());
            meetings.writeMinutes(meeting.id(), meeting.version(), "Hemmelig drøfting", "Avtalt tiltak", List.of());
            meetings.approveMinutes(
                    meeting.id(), meetings.getMeeting(meeting.id()).version());
        });
        UUID consentId = consent(family, school, EnumSet.of(InformationKind.SCHOOL));

        assertThat(mvc.get().uri("/provider-portal").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Innenforsen");
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Samtykket gjelder: Skole og PPT")
                .contains("Spesialundervisning")
                .doesNotContain("Samtaler hos BUP")
                .doesNotContain("Hemmelig drøfting");

        consent(family, school, EnumSet.of(InformationKind.MEETING_MINUTES));
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .bodyText()
                .contains("Hemmelig drøfting");

        asCaseworker(() -> consents.forFamily(family.id()).forEach(c -> consents.withdraw(c.id(), c.version())));
        assertThat(consentId).isNotNull();
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aProviderReadsApprovedMinutesOnlyOfMeetingsItTookPartInAndOnlyUnderAConsentCoveringMinutes() {
        FamilyDetails family = fixtures.aFamily("Møtedeltakersen", 11);
        UUID school = providerNamed("Solbakken skole");
        UUID contact = staff.findStaffByUsername("skole").orElseThrow().id();
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        consent(family, school, EnumSet.of(InformationKind.SCHOOL));

        UUID withAccount = scheduleAs("ke", family, "STAFF:" + contact);
        UUID withProvider = scheduleAs("ke", family, "PROVIDER:" + school);
        UUID without = scheduleAs("ke", family, "STAFF:" + hanne);
        UUID notApproved = scheduleAs("ke", family, "STAFF:" + contact);
        assertThat(jdbc.sql("""
                        select service_provider_id from meeting_participant
                        where meeting_id = :m and staff_member_id = :s
                        """)
                        .param("m", withAccount)
                        .param("s", contact)
                        .query(UUID.class)
                        .list())
                .as("the contact person's account is linked to its account and its provider")
                .containsExactly(school);
        approve(withAccount, "Skolen deltok: lesekurs");
        approve(withProvider, "Skolen som tjenesteyter: ny assistent");
        approve(without, "Uten skolen: helsesaker");
        asCaseworker(() -> meetings.writeMinutes(
                notApproved,
                meetings.getMeeting(notApproved).version(),
                "Utkast til referat",
                "Ikke godkjent",
                List.of()));

        // The consent does not cover minutes yet: nothing.
        assertThat(mvc.get().uri("/provider-portal/meetings/" + withAccount).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);

        consent(family, school, EnumSet.of(InformationKind.MEETING_MINUTES));
        assertThat(mvc.get().uri("/provider-portal/meetings/" + withAccount).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Skolen deltok: lesekurs");
        assertThat(mvc.get().uri("/provider-portal/meetings/" + withProvider).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Skolen som tjenesteyter: ny assistent");
        assertThat(mvc.get().uri("/provider-portal/meetings/" + without).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/provider-portal/meetings/" + notApproved).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Skolen deltok: lesekurs", "Skolen som tjenesteyter: ny assistent")
                .doesNotContain("Uten skolen: helsesaker")
                .doesNotContain("Utkast til referat");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where family_id = :f and username = 'skole'
                        and what = 'provider-portal.minutes' and outcome = 'DENIED'
                        """).param("f", family.id()).query(Long.class).single())
                .as("each refused minutes page is in the access log")
                .isEqualTo(3);

        asCaseworker(() -> consents.forFamily(family.id()).forEach(c -> consents.withdraw(c.id(), c.version())));
        assertThat(mvc.get().uri("/provider-portal/meetings/" + withAccount).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aConsentThatHasRunOutStopsEverythingAtOnceAsAWithdrawnOneDoes() {
        FamilyDetails family = fixtures.aFamily("Utløpsen", 12);
        UUID school = providerNamed("Solbakken skole");
        UUID contact = staff.findStaffByUsername("skole").orElseThrow().id();
        UUID child = family.children().get(0).id();
        UUID[] service = new UUID[1];
        asCaseworker(() -> service[0] = services.recordService(
                family.id(),
                new ServicePicture.NewService(child, school, null, ServiceStatus.RECEIVED, "Leksehjelp", null, null)));
        consent(family, school, EnumSet.of(InformationKind.SCHOOL, InformationKind.MEETING_MINUTES));
        UUID meeting = scheduleAs("ke", family, "STAFF:" + contact);
        approve(meeting, "Referat om leksehjelp");
        tasks.createTask(
                contact,
                family.id(),
                "Følg opp leksehjelp",
                consents.today().plusDays(3),
                TaskSource.MEETING_ACTION,
                null);
        assertThat(mvc.get().uri("/provider-portal/meetings/" + meeting).with(fixtures.as("skole")))
                .hasStatusOk();

        // The consent is replaced by the record of one that ran out yesterday: the same family, no active consent.
        asCaseworker(() -> consents.forFamily(family.id()).forEach(c -> consents.withdraw(c.id(), c.version())));
        asCaseworker(() -> consents.recordConsent(
                family.id(),
                new NewConsent(
                        child,
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(school),
                        EnumSet.of(InformationKind.SCHOOL, InformationKind.MEETING_MINUTES),
                        ConsentForm.WRITTEN,
                        consents.today().minusDays(30),
                        consents.today().minusDays(1))));

        assertThat(mvc.get().uri("/provider-portal").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Utløpsen");
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/provider-portal/meetings/" + meeting).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/provider-portal/families/" + family.id() + "/services/" + service[0])
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("status", "APPLIED"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/my-tasks").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Følg opp leksehjelp")
                .doesNotContain("Utløpsen");
        assertThat(mvc.get().uri("/families/" + family.id() + "/meetings/new").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("STAFF:" + contact)
                .doesNotContain("PROVIDER:" + school);
    }

    @Test
    void theProviderUpdatesItsOwnServicesOnly() {
        FamilyDetails family = fixtures.aFamily("Oppdatersen", 10);
        UUID school = providerNamed("Solbakken skole");
        UUID child = family.children().get(0).id();
        asCaseworker(() -> {
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(child, school, null, ServiceStatus.APPLIED, "Assistent", null, null));
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(
                            child, providerNamed("BUP Demo"), null, ServiceStatus.APPLIED, "Utredning", null, null));
        });
        consent(family, school, EnumSet.of(InformationKind.SCHOOL));
        var byChild = services.byChild(family.id()).get(child);
        UUID mine = byChild.stream()
                .filter(s -> school.equals(s.providerId()))
                .findFirst()
                .orElseThrow()
                .id();
        UUID theirs = byChild.stream()
                .filter(s -> !school.equals(s.providerId()))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(mvc.post()
                        .uri("/provider-portal/families/" + family.id() + "/services/" + mine)
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("status", "RECEIVED"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/provider-portal/families/" + family.id() + "/services/" + theirs)
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("status", "RECEIVED"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(services.byChild(family.id()).get(child))
                .extracting(s -> s.description() + ":" + s.status())
                .containsExactlyInAnyOrder("Assistent:RECEIVED", "Utredning:APPLIED");
    }

    @Test
    void aServiceIsCheckedAgainstItsOwnFamilyNotTheFamilyInTheUrl() {
        FamilyDetails covered = fixtures.aFamily("Dekketsen", 10);
        FamilyDetails other = fixtures.aFamily("Udekketsen", 10);
        UUID school = providerNamed("Solbakken skole");
        UUID otherChild = other.children().get(0).id();
        asCaseworker(() -> services.recordService(
                other.id(),
                new ServicePicture.NewService(
                        otherChild, school, null, ServiceStatus.APPLIED, "Leksehjelp", null, null)));
        consent(covered, school, EnumSet.of(InformationKind.SCHOOL));
        UUID othersService = services.byChild(other.id()).get(otherChild).get(0).id();

        assertThat(mvc.post()
                        .uri("/provider-portal/families/" + covered.id() + "/services/" + othersService)
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("status", "RECEIVED"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(services.byChild(other.id()).get(otherChild))
                .extracting(s -> s.description() + ":" + s.status())
                .containsExactly("Leksehjelp:APPLIED");
    }

    @Test
    void aServiceOfAChildTheConsentDoesNotCoverIsNotFoundAndUnchanged() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Søskensen")
                .withChild("Emma", 10)
                .withChild("Ola", 8)
                .build();
        UUID school = providerNamed("Solbakken skole");
        UUID covered = family.children().get(0).id();
        UUID sibling = family.children().get(1).id();
        asCaseworker(() -> {
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(
                            covered, school, null, ServiceStatus.APPLIED, "Assistent", null, null));
            services.recordService(
                    family.id(),
                    new ServicePicture.NewService(
                            sibling, school, null, ServiceStatus.APPLIED, "Leksehjelp", null, null));
        });
        consent(family, school, EnumSet.of(InformationKind.SCHOOL));
        UUID siblingsService = services.byChild(family.id()).get(sibling).get(0).id();

        assertThat(mvc.post()
                        .uri("/provider-portal/families/" + family.id() + "/services/" + siblingsService)
                        .with(fixtures.as("skole"))
                        .with(csrf())
                        .param("status", "RECEIVED"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(services.byChild(family.id()).get(sibling))
                .extracting(s -> s.description() + ":" + s.status())
                .containsExactly("Leksehjelp:APPLIED");
    }

    @Test
    void thePortalNamesOnlyTheChildrenTheConsentCoversNeverASibling() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Navnesen")
                .withChild("Emma", 10)
                .withChild("Sigurd", 8)
                .build();
        consent(family, providerNamed("Solbakken skole"), EnumSet.of(InformationKind.SCHOOL));
        assertThat(mvc.get().uri("/provider-portal").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Navnesen: Emma")
                .doesNotContain("Sigurd");
    }

    @Test
    void aProviderContactsTaskNamesTheFamilyOnlyWhileAConsentCoversIt() {
        FamilyDetails covered = familyFixtures
                .aFamily()
                .named("Oppgavesen")
                .withChild("Emma", 10)
                .withChild("Sigurd", 8)
                .build();
        FamilyDetails none = fixtures.aFamily("Usamtykkesen", 10);
        UUID contact = staff.findStaffByUsername("skole").orElseThrow().id();
        tasks.createTask(
                contact,
                covered.id(),
                "Send kartlegging",
                consents.today().plusDays(3),
                TaskSource.MEETING_ACTION,
                null);
        tasks.createTask(
                contact, none.id(), "Ring skolen", consents.today().plusDays(3), TaskSource.MEETING_ACTION, null);
        consent(covered, providerNamed("Solbakken skole"), EnumSet.of(InformationKind.SCHOOL));

        assertThat(mvc.get().uri("/my-tasks").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Send kartlegging", "Ring skolen")
                .contains("Oppgavesen: Emma")
                .doesNotContain("Sigurd")
                .doesNotContain("Usamtykkesen")
                .contains("Ikke vist: du har ikke tilgang til familien nå");

        asCaseworker(() -> consents.forFamily(covered.id()).forEach(c -> consents.withdraw(c.id(), c.version())));
        assertThat(mvc.get().uri("/my-tasks").with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Send kartlegging")
                .doesNotContain("Oppgavesen");
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and username = 'skole'")
                        .param("id", none.id())
                        .query(Long.class)
                        .single())
                .as("a family not named is not recorded as listed")
                .isZero();
    }

    private UUID scheduleAs(String user, FamilyDetails family, String participant) {
        Set<UUID> before = meetingIds(family);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/meetings")
                        .with(fixtures.as(user))
                        .with(csrf())
                        .param("kind", "RESPONSIBILITY_GROUP")
                        .param("date", meetings.today().plusDays(7).toString())
                        .param("time", "13:30")
                        .param("durationMinutes", "60")
                        .param("place", "Skolen")
                        .param("agenda", "Status")
                        .param(
                                "participants",
                                participant,
                                "GUARDIAN:" + family.guardians().get(0).id()))
                .hasStatus(HttpStatus.FOUND);
        Set<UUID> after = new java.util.HashSet<>(meetingIds(family));
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.iterator().next();
    }

    private Set<UUID> meetingIds(FamilyDetails family) {
        return meetings.summariesForFamily(family.id()).stream()
                .map(m -> m.id())
                .collect(java.util.stream.Collectors.toSet());
    }

    private void approve(UUID meetingId, String discussed) {
        asCaseworker(() -> {
            meetings.writeMinutes(meetingId, meetings.getMeeting(meetingId).version(), discussed, "Avtalt", List.of());
            meetings.approveMinutes(meetingId, meetings.getMeeting(meetingId).version());
        });
    }

    private UUID consent(FamilyDetails family, UUID provider, EnumSet<InformationKind> kinds) {
        UUID[] id = new UUID[1];
        asCaseworker(() -> id[0] = consents.recordConsent(
                family.id(),
                new NewConsent(
                        family.children().get(0).id(),
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(provider),
                        kinds,
                        ConsentForm.WRITTEN,
                        consents.today(),
                        null)));
        return id[0];
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

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
