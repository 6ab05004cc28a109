package no.helhet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password guessing is throttled per account and per client address, counted in the database, and
 * every attempt is logged there (never the password). Each test uses its own accounts and client
 * addresses, since all tests share one database.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "et-riktig-passord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsRefuseTheAccountEvenWithTheRightPasswordAndFromAnotherClient() {
        String username = anAccount();
        String client = aClient();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(username, "feil-passord-" + i, client)).hasRedirectedUrl("/login?error");
        }
        assertThat(logIn(username, PASSWORD, client)).hasRedirectedUrl("/login?throttled=15");
        assertThat(logIn(username, PASSWORD, aClient())).hasRedirectedUrl("/login?throttled=15");
        assertThat(logIn(" " + username.toUpperCase() + " ", PASSWORD, aClient()))
                .as("the same account however it is typed")
                .hasRedirectedUrl("/login?throttled=15");

        assertThat(mvc.get().uri("/login").param("throttled", "15"))
                .hasStatusOk()
                .bodyText()
                .contains("For mange mislykte innlogginger. Prøv igjen om 15 minutter.");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String username = anAccount();
        Instant old = Instant.now().minus(16, ChronoUnit.MINUTES);
        for (int i = 0; i < 10; i++) {
            jdbc.sql("insert into login_attempt (attempted_at, username, client_address, outcome)"
                            + " values (:at, :username, '192.0.2.1', 'FAILURE')")
                    .param("at", Timestamp.from(old))
                    .param("username", username)
                    .update();
        }
        assertThat(logIn(username, PASSWORD, aClient())).hasRedirectedUrl("/");
    }

    @Test
    void aClientThatGuessesAcrossManyAccountsIsRefusedButOthersAreNot() {
        String client = aClient();
        for (int i = 0; i < 20; i++) {
            assertThat(logIn("ukjent-" + SEQUENCE.incrementAndGet(), "feil", client))
                    .hasRedirectedUrl("/login?error");
        }
        String username = anAccount();
        assertThat(logIn(username, PASSWORD, client)).hasRedirectedUrl("/login?throttled=15");
        assertThat(logIn(username, PASSWORD, aClient())).hasRedirectedUrl("/");
    }

    @Test
    void everyAttemptIsLoggedWithTheUsernameAsTypedAndNeverThePassword() {
        String username = anAccount();
        String client = aClient();
        logIn("  " + username + "  ", "hemmelig-gjetning", client);
        logIn(username, PASSWORD, client);
        logIn("x".repeat(300), "hemmelig-gjetning", client);

        List<String> rows = jdbc.sql("select username || ' ' || outcome from login_attempt"
                        + " where client_address = :client order by id")
                .param("client", client)
                .query(String.class)
                .list();
        assertThat(rows).containsExactly(username + " FAILURE", username + " SUCCESS", "x".repeat(100) + " FAILURE");
        assertThat(jdbc.sql("select count(*) from login_attempt where username like '%hemmelig%'"
                                + " or client_address like '%hemmelig%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theLeadAndTheAdministratorSeeRecentFailuresNewestFirst() {
        String client = aClient();
        logIn("gjetter-" + SEQUENCE.incrementAndGet(), "feil", client);
        String newest = "gjetter-" + SEQUENCE.incrementAndGet();
        logIn(newest, "feil", client);

        assertThat(mvc.get().uri("/login-failures").with(fixtures.as("kelead")))
                .hasStatusOk()
                .bodyText()
                .contains("Mislykte innlogginger", newest, client);
        assertThat(mvc.get().uri("/login-failures").with(fixtures.as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains(newest);
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("kelead")))
                .bodyText()
                .contains("href=\"/login-failures\"");
        assertThat(mvc.get().uri("/login-failures").with(fixtures.as("ke"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/login-failures").with(fixtures.as("leder"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult logIn(String username, String password, String client) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .exchange();
    }

    private String anAccount() {
        String username = "throttle" + SEQUENCE.incrementAndGet();
        staff.registerStaffMember(new StaffDirectory.NewStaffMember(
                username,
                PASSWORD,
                "Test Testesen",
                StaffRole.KE_CASEWORKER,
                staff.units().get(0).id(),
                null,
                null,
                TrainingStatus.NOT_STARTED));
        return username;
    }

    private static String aClient() {
        return "198.51.100." + SEQUENCE.incrementAndGet();
    }
}
