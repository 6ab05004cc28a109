package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.helhet.support.DemoData;
import no.helhet.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A refused POST answers the same HTML page and status as a refused GET, never a 405 or JSON. Runs
 * against the real server (MockMvc does not follow forwards or the container's error dispatch); the
 * same context as the browser tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DemoData
class RefusalPagesTest {

    private static final Map<String, String> NOTE = Map.of("text", "En notat", "kind", "OTHER");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorPostingToAFamilyNotTheirsGetsTheNotFoundPage() {
        WebClient koord = loggedIn("koord1");
        String family = jdbc.sql("""
                        select f.id::text from family f
                        where not exists (
                            select 1 from appointment a join staff_member s on s.id = a.coordinator_id
                            where a.family_id = f.id and s.username = 'koord1')
                        limit 1
                        """).query(String.class).single();
        HttpResponse<String> get = koord.get("/families/" + family + "/notes/new");
        HttpResponse<String> post = koord.post("/families/" + family + "/notes", NOTE, "/my-families");

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(post.statusCode()).isEqualTo(404);
        assertHtml(post, "Fant ikke siden");
    }

    @Test
    void aPostWithoutCsrfTokenGetsTheForbiddenPageAskingToReload() {
        WebClient ke = loggedIn("ke");
        HttpResponse<String> post = ke.post("/admin/units", Map.of("name", "X"), null);
        assertThat(post.statusCode()).isEqualTo(403);
        assertHtml(post, "Last inn siden på nytt og send skjemaet igjen.");

        HttpResponse<String> login = new WebClient(port).post("/login", Map.of("username", "ke"), null);
        assertThat(login.statusCode()).isEqualTo(403);
        assertHtml(login, "Last inn siden på nytt");
    }

    @Test
    void aLeaderPostingToACaseworkerPageGetsTheForbiddenPageAsForAGet() {
        WebClient leader = loggedIn("leder");
        String family = jdbc.sql("select id::text from family limit 1")
                .query(String.class)
                .single();
        HttpResponse<String> get = leader.get("/families/" + family + "/notes/new");
        HttpResponse<String> post = leader.post("/families/" + family + "/notes", NOTE, "/overview");

        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(post.statusCode()).isEqualTo(403);
        assertHtml(post, "Du har ikke tilgang til denne siden.");
        assertThat(post.body()).doesNotContain("Last inn siden på nytt");
    }

    private WebClient loggedIn(String username) {
        WebClient client = new WebClient(port);
        assertThat(client.logIn(username, "helhet-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        return client;
    }

    private static void assertHtml(HttpResponse<String> response, String text) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains(text).contains("<main");
    }
}
