package no.helhet.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.shared.NotFoundException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Messages between the family and the coordinator (issue 14 item 7): stored in the case, a task for
 * the coordinator (or KE when none), e-mail notices that hold no content and no name, the staff's
 * page and answer, the youth's own thread, and the declared access.
 */
@IntegrationTest
class FamilyMessageTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String SECRET = "Emma har fått ny diagnose og vi trenger et møte";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Messages messages;

    @Autowired
    FamilyService families;

    @Autowired
    TaskService tasks;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    MunicipalityProperties municipality;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuardiansMessageWithoutACoordinatorGoesToKeAsATaskAndAMailWithoutContentOrName() throws Exception {
        FamilyDetails family = aFamilyWithAddresses("Meldingsen");
        UUID guardian = family.guardians().get(0).id();

        UUID id = messages.fromGuardian(family.id(), guardian, SECRET);

        assertThat(jdbc.sql("select body from message where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(SECRET);
        UUID lead = staff.findStaffByUsername("kelead").orElseThrow().id();
        assertThat(openMessageTasks(lead, family.id())).hasSize(1);
        // a second message makes no second task while the first is open
        messages.fromGuardian(family.id(), guardian, "Og en ting til.");
        assertThat(openMessageTasks(lead, family.id())).hasSize(1);

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        List<String> to = recipients();
        assertThat(to).contains(municipality.coordinatingUnitEmail(), "kelead@demo.kommune.no");
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertNoContentOrName(mail, family);
            assertThat(body(mail)).contains("/families/" + family.id() + "/messages");
        }
    }

    @Test
    void aMessageToAFamilyWithACoordinatorGoesToTheCoordinator() throws Exception {
        FamilyDetails family = aFamilyWithAddresses("Koordinatorsen");
        UUID decision = fixtures.aGrantedDecision(family);
        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();
        asKe(() -> appointments.appointCoordinator(decision, AppointmentFixtures.draft(ole)));

        messages.fromGuardian(family.id(), family.guardians().get(0).id(), SECRET);

        assertThat(openMessageTasks(ole, family.id())).hasSize(1);
        UUID lead = staff.findStaffByUsername("kelead").orElseThrow().id();
        assertThat(openMessageTasks(lead, family.id())).isEmpty();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(recipients()).containsExactly("koord2@demo.kommune.no");
        assertNoContentOrName(smtp.getReceivedMessages()[0], family);
    }

    @Test
    void staffReadTheThreadAnswerAndTheFamilyIsToldWithoutContent() throws Exception {
        FamilyDetails family = aFamilyWithAddresses("Svarsen");
        messages.fromGuardian(family.id(), family.guardians().get(0).id(), SECRET);
        smtp.reset();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("1 uleste fra familien");

        assertThat(mvc.get().uri("/families/" + family.id() + "/messages").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains(SECRET)
                .contains("Foreldrene (de foresatte)");
        assertThat(messages.unreadFromFamily(family.id())).isZero();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .bodyText()
                .doesNotContain("uleste fra familien");

        // an empty answer is refused next to the field, never a 500
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/messages")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("body", "  "))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en melding.");

        String answer = "Vi ringer dere i morgen om Emma.";
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/messages")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("body", answer))
                .hasStatus(HttpStatus.FOUND);
        UUID lead = staff.findStaffByUsername("kelead").orElseThrow().id();
        assertThat(openMessageTasks(lead, family.id()))
                .as("the answer closes the task")
                .isEmpty();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(recipients()).containsExactly("kari.svarsen@example.no");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertNoContentOrName(mail, family);
        assertThat(body(mail)).doesNotContain("ringer").contains("/family-portal/messages");

        assertThat(messages.unreadForFamily(family.id(), null)).isEqualTo(1);
        List<MessageView> read = messages.readByFamily(family.id(), null, "Kari Svarsen");
        assertThat(read).extracting(MessageView::body).containsExactly(SECRET, answer);
        assertThat(messages.unreadForFamily(family.id(), null)).isZero();
    }

    @Test
    void aYouthWritesInTheirOwnThreadThatTheGuardiansDoNotSee() {
        FamilyDetails family = aFamilyWithAddresses("Ungdomsen");
        UUID youth = family.children().get(0).id();
        messages.fromYouth(family.id(), youth, "Bare til koordinatoren.");
        messages.fromGuardian(family.id(), family.guardians().get(0).id(), "Fra mor.");

        assertThat(messages.readByFamily(family.id(), null, "Kari"))
                .extracting(MessageView::body)
                .containsExactly("Fra mor.");
        assertThat(messages.readByFamily(family.id(), youth, "Emma"))
                .extracting(MessageView::body)
                .containsExactly("Bare til koordinatoren.");
        assertThat(messages.threads(family.id()))
                .extracting(MessageThread::youthId)
                .containsExactly(null, youth);
        assertThat(mvc.get().uri("/families/" + family.id() + "/messages").with(fixtures.as("ke")))
                .bodyText()
                .contains("Ungdommen selv: Emma Ungdomsen");
    }

    @Test
    void anotherFamilysGuardianOrChildIsNotFoundAndOnlyCoordinationReadsTheMessages() {
        FamilyDetails family = aFamilyWithAddresses("Tilgangsmeldingsen");
        FamilyDetails other = aFamilyWithAddresses("Andresen");
        assertThatThrownBy(() -> messages.fromGuardian(
                        family.id(), other.guardians().get(0).id(), "Hei"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        messages.fromYouth(family.id(), other.children().get(0).id(), "Hei"))
                .isInstanceOf(NotFoundException.class);

        assertThat(mvc.get().uri("/families/" + family.id() + "/messages").with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/messages")
                        .with(fixtures.as("koord1"))
                        .with(csrf())
                        .param("body", "Hei"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/messages")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("youthId", other.children().get(0).id().toString())
                        .param("body", "Hei"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from message where family_id = :id")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and what = 'message.thread'"
                                + " and outcome = 'DENIED'")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private FamilyDetails aFamilyWithAddresses(String name) {
        LocalDate today = families.today();
        String email = "kari." + name.toLowerCase() + "@example.no";
        UUID id = families.registerFamily(new NewFamily(
                "Demo kommune",
                "99999999",
                null,
                List.of(new NewGuardian(
                        Fixtures.syntheticId(today.minusYears(40)), "Kari", name, true, "91234567", email)),
                List.of(new NewChild(
                        Fixtures.syntheticId(today.minusYears(16)), "Emma", name, today.minusYears(16), null, null))));
        return families.getFamily(id);
    }

    private List<Task> openMessageTasks(UUID owner, UUID familyId) {
        return tasks.openTasksOf(owner).stream()
                .filter(t -> t.source() == TaskSource.MESSAGE_FROM_FAMILY && familyId.equals(t.familyId()))
                .toList();
    }

    private static List<String> recipients() throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The decoded text of a plain-text notice (not its quoted-printable transfer form). */
    private static String body(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent());
    }

    private static void assertNoContentOrName(MimeMessage mail, FamilyDetails family) throws Exception {
        String all = mail.getSubject() + "\n" + body(mail);
        String familyName = family.guardians().get(0).familyName();
        assertThat(all)
                .doesNotContain("Emma")
                .doesNotContain("Kari")
                .doesNotContain(familyName)
                .doesNotContain("diagnose")
                .doesNotContain(SECRET);
    }

    private void asKe(Runnable work) {
        var ke = staffUser("ke");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.security.core.userdetails.UserDetails staffUser(String username) {
        return users.loadUserByUsername(username);
    }
}
