package no.helhet.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class TaskGeneratorTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TaskGenerator generator;

    @Autowired
    TaskDigest digest;

    @Autowired
    TaskService tasks;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    StaffDirectory staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvcTester mvc;

    @Test
    void tasksAppearAtTheRightDatesOnceEachAndTheDigestIsSent() {
        LocalDate today = tasks.today();
        FamilyDetails family = fixtures.aFamily("Oppgavesen", 17);
        LocalDate eighteen = family.children().get(0).turns18On().orElseThrow();
        UUID decision = fixtures.aGrantedDecision(family);
        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();
        appointments.appointCoordinator(decision, AppointmentFixtures.draft(ole));
        UUID bup = providers.allProviders().stream()
                .filter(p -> p.name().equals("BUP Demo"))
                .findFirst()
                .orElseThrow()
                .id();
        consents.recordConsent(
                family.id(),
                new NewConsent(
                        family.children().get(0).id(),
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(bup),
                        EnumSet.of(InformationKind.HEALTH),
                        ConsentForm.WRITTEN,
                        today,
                        today.plusDays(40)));

        generator.generate(eighteen.minusDays(91));
        assertThat(titlesFor(ole)).noneMatch(t -> t.startsWith("Barnet fyller 18"));

        generator.generate(eighteen.minusDays(90));
        assertThat(titlesFor(ole))
                .filteredOn(t -> t.startsWith("Barnet fyller 18"))
                .hasSize(1);

        generator.generate(today.plusDays(9));
        assertThat(titlesFor(ole)).noneMatch(t -> t.startsWith("Samtykket går ut"));
        generator.generate(today.plusDays(10));
        generator.generate(today.plusDays(11));
        assertThat(titlesFor(ole))
                .filteredOn(t -> t.startsWith("Samtykket går ut"))
                .hasSize(1);

        int sent = digest.send(eighteen.plusDays(1));
        assertThat(sent).isPositive();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var mailToOle = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("koord2@demo.kommune.no");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(mailToOle))
                .contains("Barnet fyller 18")
                .contains("/my-tasks")
                .doesNotContain("Oppgavesen");
    }

    @Test
    void aRequestWaitingPastTheLimitGivesItsCaseworkerATask() {
        var ke = users.loadUserByUsername("ke2");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        UUID requestId;
        FamilyDetails family;
        try {
            family = fixtures.aFamily("Ventesen", 6);
            requestId = fixtures.aRequest(family, tasks.today().minusDays(10));
        } finally {
            SecurityContextHolder.clearContext();
        }
        UUID ke2 = staff.findStaffByUsername("ke2").orElseThrow().id();
        generator.generate(tasks.today().plusDays(17));
        assertThat(tasks.fromSource(TaskSource.REQUEST_WAITING, requestId)).isEmpty();
        generator.generate(tasks.today().plusDays(18));
        assertThat(tasks.fromSource(TaskSource.REQUEST_WAITING, requestId))
                .singleElement()
                .satisfies(t -> assertThat(t.ownerId()).isEqualTo(ke2));
    }

    @Test
    void theDigestIsWrittenInTheLanguageTheReaderChoseOnAPage() throws Exception {
        assertThat(mvc.get().uri("/my-tasks?lang=nn").with(fixtures.as("koord1")))
                .hasStatusOk();
        var koord1 = staff.findStaffByUsername("koord1").orElseThrow();
        FamilyDetails family = fixtures.aFamily("Spraaksen", 9);
        tasks.createTask(koord1.id(), family.id(), "Ring skulen", tasks.today(), TaskSource.MEETING_ACTION, null);
        smtp.purgeEmailFromAllMailboxes();

        assertThat(digest.send(tasks.today())).isPositive();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(koord1.email());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).endsWith("oppgåver å følgje opp");
        assertThat((String) mail.getContent()).contains("Ring skulen").contains("Sjå dei i Helhet");
    }

    private List<String> titlesFor(UUID owner) {
        Locale bokmaal = Locale.forLanguageTag("nb");
        return tasks.openTasksOf(owner).stream()
                .map(t -> t.titleKey() == null ? t.title() : messages.getMessage(t.titleKey(), null, bokmaal))
                .toList();
    }
}
