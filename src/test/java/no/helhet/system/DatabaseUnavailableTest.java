package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import no.helhet.support.DemoData;
import no.helhet.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the database stopped (its own context, whose embedded PostgreSQL this test shuts down), every
 * page answers 503 with Retry-After and says the service is temporarily unavailable in the user's
 * language, and the login page and a login attempt say so too: never "wrong username or password".
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"helhet.demo.families=2"})
@ActiveProfiles("test")
@DemoData
@DirtiesContext
class DatabaseUnavailableTest {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void whenTheDatabaseIsDownPagesAndLoginAnswer503AndNeverBlameThePassword() throws IOException {
        WebClient ke = new WebClient(port);
        assertThat(ke.logIn("ke", "helhet-demo").headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/");
        assertThat(ke.get("/worklist").statusCode()).isEqualTo(200);
        WebClient stranger = new WebClient(port);
        String token = stranger.csrfToken("/login");

        postgres.close();

        HttpResponse<String> worklist = ke.get("/worklist");
        assertUnavailable(worklist, "Tjenesten er midlertidig utilgjengelig");

        // Sessions (and with them the login form's CSRF token) live in the database: the login page too
        // says the service is unavailable, and does not blame the password.
        assertUnavailable(stranger.get("/login"), "Ingenting er feil med brukernavnet eller passordet ditt.");
        HttpResponse<String> login = stranger.post(
                "/login", java.util.Map.of("username", "ke", "password", "helhet-demo", "_csrf", token), null);
        assertUnavailable(login, "Ingenting er feil med brukernavnet eller passordet ditt.");
        assertThat(login.body()).doesNotContain("Feil brukernavn eller passord");

        HttpResponse<String> english = new WebClient(port).language("en").get("/login");
        assertUnavailable(english, "The service is temporarily unavailable");

        assertUnavailable(ke.language("nn").get("/my-tasks"), "Tenesta er mellombels utilgjengeleg");
    }

    private static void assertUnavailable(HttpResponse<String> response, String text) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains(text);
    }
}
