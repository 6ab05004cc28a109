package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind HTTPS the session cookie is marked Secure by the documented setting
 * ({@code SERVER_SERVLET_SESSION_COOKIE_SECURE=true}), and always HttpOnly and SameSite=Lax. Through
 * the real server: MockMvc does not apply the {@code server.servlet.session.cookie.*} settings to
 * Spring Session's cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.servlet.session.cookie.secure=true")
@ActiveProfiles("test")
class SecureCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLaxWhenTheSettingSaysHttps() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
