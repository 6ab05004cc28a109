package no.helhet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A password reset by a one-time link (issue 8, item 9): sent by e-mail to a real SMTP server
 * (GreenMail), only the token's hash stored, the link works once and not after it has expired.
 */
@IntegrationTest
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLinkSetsANewPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        UUID id = anAccount("glemsk", "glemsk@demo.kommune.no");
        String token = sendLink(id, "glemsk@demo.kommune.no");

        assertThat(jdbc.sql("select token_hash from password_reset where staff_member_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(PasswordResets.hash(token))
                .isNotEqualTo(token);
        assertThat(mvc.get().uri("/password-reset/" + token))
                .hasStatusOk()
                .bodyText()
                .contains("Velg nytt passord");
        assertThat(setPassword(token, "nytt-langt-passord", "noe-annet-passord"))
                .hasStatusOk()
                .bodyText()
                .contains("Passordene er ikke like.");
        assertThat(setPassword(token, "nytt-langt-passord", "nytt-langt-passord"))
                .hasRedirectedUrl("/login?passwordReset");
        assertThat(logIn("glemsk", "nytt-langt-passord")).hasRedirectedUrl("/");
        assertThat(logIn("glemsk", "helhet-test-gammelt")).hasRedirectedUrl("/login?error");

        assertThat(mvc.get().uri("/password-reset/" + token)).bodyText().contains("Lenken virker ikke");
        assertThat(setPassword(token, "tredje-langt-passord", "tredje-langt-passord"))
                .hasStatusOk()
                .bodyText()
                .contains("Lenken virker ikke");
        assertThat(logIn("glemsk", "nytt-langt-passord")).hasRedirectedUrl("/");
    }

    @Test
    void anExpiredLinkOrAnUnknownOneDoesNotWork() throws Exception {
        UUID id = anAccount("treig", "treig@demo.kommune.no");
        String token = sendLink(id, "treig@demo.kommune.no");
        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where staff_member_id = :id")
                .param("id", id)
                .update();
        assertThat(setPassword(token, "nytt-langt-passord", "nytt-langt-passord"))
                .bodyText()
                .contains("Lenken virker ikke");
        assertThat(mvc.get().uri("/password-reset/" + "x".repeat(43)))
                .bodyText()
                .contains("Lenken virker ikke");
        assertThat(logIn("treig", "nytt-langt-passord")).hasRedirectedUrl("/login?error");
    }

    @Test
    void anAccountWithoutAnEmailAddressGetsNoLink() {
        UUID id = anAccount("utenepost", null);
        assertThat(mvc.post()
                        .uri("/admin/staff/" + id + "/password-reset")
                        .with(fixtures.as("admin"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("ha en e-postadresse");
        assertThat(jdbc.sql("select count(*) from password_reset where staff_member_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private UUID anAccount(String username, String email) {
        return directory.registerStaffMember(new StaffDirectory.NewStaffMember(
                username,
                "helhet-test-gammelt",
                "Glemsk Bruker",
                StaffRole.COORDINATOR,
                directory.units().get(0).id(),
                email,
                null,
                TrainingStatus.NOT_STARTED));
    }

    private String sendLink(UUID id, String email) throws Exception {
        assertThat(mvc.post()
                        .uri("/admin/staff/" + id + "/password-reset")
                        .with(fixtures.as("admin"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("saved", "admin.reset.sent");
        MimeMessage mail = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                mail = m;
            }
        }
        assertThat(mail).isNotNull();
        assertThat(mail.getSubject()).isEqualTo("Nytt passord i Helhet");
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private MvcTestResult setPassword(String token, String password, String repeated) {
        return mvc.post()
                .uri("/password-reset/" + token)
                .param("password", password)
                .param("repeated", repeated)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult logIn(String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }
}
