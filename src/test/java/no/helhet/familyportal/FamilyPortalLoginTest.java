package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The family's login through ID-porten against a real OpenID Connect provider (NAV's
 * mock-oauth2-server, in-process on a random port): the authorization request asks for
 * {@code idporten-loa-high} with a nonce and PKCE; a guardian's {@code pid} logs in to the family's
 * case. Wrong issuer, wrong audience, a replayed or missing nonce, a lower level of assurance and an
 * unknown person are each refused with the refusal page (401/403, in the family's language, no stack
 * trace), and the refused person is not logged in.
 */
@IntegrationTest
class FamilyPortalLoginTest {

    private static final String ISSUER = "idporten";
    private static final String CLIENT_ID = "helhet-familie";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(
                "helhet.idporten.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("helhet.idporten.client-id", () -> CLIENT_ID);
        registry.add("helhet.idporten.client-secret", () -> "hemmelig");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FamilyService families;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String guardianPid;
    private UUID familyId;

    @BeforeEach
    void aFamily() {
        LocalDate today = families.today();
        guardianPid = Fixtures.syntheticId(today.minusYears(37));
        familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(new NewGuardian(guardianPid, "Ida", "Innlogget", true, null, null)),
                List.of(new NewChild(
                        Fixtures.syntheticId(today.minusYears(9)),
                        "Nora",
                        "Innlogget",
                        today.minusYears(9),
                        null,
                        null))));
    }

    @Test
    void aGuardianLogsInWithLevelHighAndSeesTheFamilysCase() throws Exception {
        Login login = new Login();
        MockHttpServletResponse start = login.get("/oauth2/authorization/idporten");
        Map<String, String> asked = query(URI.create(start.getRedirectedUrl()));
        assertThat(asked)
                .containsEntry("acr_values", "idporten-loa-high")
                .containsEntry("scope", "openid")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("nonce", "state", "ui_locales");
        finish(login, start, callback(guardianPid, Map.of()));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/family-portal");
        assertThat(login.get("/family-portal").getRedirectedUrl()).isEqualTo("/family-portal/families/" + familyId);
        MockHttpServletResponse page = login.get("/family-portal/families/" + familyId);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Nora Innlogget", "Ida Innlogget");
        assertThat(login.get("/worklist").getStatus()).as("no staff page").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and role = 'GUARDIAN'"
                                + " and username = 'Ida Innlogget' and outcome = 'GRANTED'")
                        .param("id", familyId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(callback(guardianPid, Map.of("iss", "https://falsk.example/idporten")), 401, "nb");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(callback(guardianPid, Map.of("aud", List.of("en-annen-klient"))), 401, "nb");
    }

    @Test
    void aTokenWithoutTheNonceIsRefused() throws Exception {
        Map<String, Object> missing = new HashMap<>();
        missing.put("nonce", null);
        assertRefused(callback(guardianPid, missing), 401, "nb");
    }

    @Test
    void aNonceFromAnEarlierLoginIsRefusedAndSoIsTheEarlierAnswerSentAgain() throws Exception {
        Login first = new Login();
        MockHttpServletResponse start = first.get("/oauth2/authorization/idporten");
        String earlierNonce = query(URI.create(start.getRedirectedUrl())).get("nonce");
        URI back = finish(first, start, callback(guardianPid, Map.of()));
        assertThat(first.result.getRedirectedUrl()).isEqualTo("/family-portal");

        assertRefused(callback(guardianPid, Map.of("nonce", earlierNonce)), 401, "nb");

        Login replay = new Login();
        replay.get("/oauth2/authorization/idporten");
        replay.result =
                replay.perform(MockMvcRequestBuilders.get(back.getPath()).queryParams(toParams(query(back))));
        assertRefusalPage(replay, 401, "nb");
    }

    @Test
    void aLowerLevelOfAssuranceIsRefusedInNynorsk() throws Exception {
        assertRefused(callback(guardianPid, Map.of("acr", "idporten-loa-substantial")), 401, "nn");
        Map<String, Object> none = new HashMap<>();
        none.put("acr", null);
        assertRefused(callback(guardianPid, none), 401, "en");
    }

    @Test
    void anUnknownPersonIsRefusedInEnglish() throws Exception {
        Login login =
                assertRefused(callback(Fixtures.syntheticId(families.today().minusYears(50)), Map.of()), 403, "en");
        assertThat(login.result.getContentAsString()).contains("We cannot find you in any case here.");
    }

    private Login assertRefused(DefaultOAuth2TokenCallback callback, int status, String language) throws Exception {
        Login login = new Login();
        login.get("/family-portal/login?lang=" + language);
        MockHttpServletResponse start = login.get("/oauth2/authorization/idporten");
        assertThat(query(URI.create(start.getRedirectedUrl()))).containsEntry("ui_locales", language);
        finish(login, start, callback);
        assertRefusalPage(login, status, language);
        return login;
    }

    private void assertRefusalPage(Login login, int status, String language) throws Exception {
        assertThat(login.result.getRedirectedUrl()).startsWith("/family-portal/refused?reason=");
        MockHttpServletResponse refused = login.get(login.result.getRedirectedUrl());
        login.result = refused;
        assertThat(refused.getStatus()).isEqualTo(status);
        String page = refused.getContentAsString();
        assertThat(page)
                .contains(
                        switch (language) {
                            case "nn" -> "Du kom ikkje inn";
                            case "en" -> "You could not log in";
                            default -> "Du kom ikke inn";
                        })
                .doesNotContain("Exception")
                .doesNotContain("at org.springframework");
        assertThat(login.get("/family-portal/families/" + familyId).getRedirectedUrl())
                .as("not logged in")
                .endsWith("/family-portal/login");
    }

    private static DefaultOAuth2TokenCallback callback(String pid, Map<String, Object> extra) {
        return new DefaultOAuth2TokenCallback(
                ISSUER, "sub-" + UUID.randomUUID(), "JWT", List.of(CLIENT_ID), claims(pid, extra), 3600);
    }

    private static Map<String, Object> claims(String pid, Map<String, Object> extra) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("pid", pid);
        all.put("acr", "idporten-loa-high");
        all.putAll(extra);
        return all;
    }

    /** The provider sends the browser back with a code; Helhet redeems it. */
    private URI finish(Login login, MockHttpServletResponse start, DefaultOAuth2TokenCallback callback)
            throws Exception {
        assertThat(start.getStatus()).isEqualTo(302);
        PROVIDER.enqueueCallback(callback);
        URI back = authorize(start.getRedirectedUrl());
        login.result = login.perform(MockMvcRequestBuilders.get(back.getPath()).queryParams(toParams(query(back))));
        return back;
    }

    private URI authorize(String authorizationUrl) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(Map<String, String> values) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        values.forEach(params::add);
        return params;
    }

    /** One browser: carries the session and language cookies from answer to request. */
    private final class Login {
        private final Map<String, Cookie> cookies = new LinkedHashMap<>();
        MockHttpServletResponse result;

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.cookie(cookies.values().toArray(Cookie[]::new));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Arrays.stream(response.getCookies()).forEach(c -> cookies.put(c.getName(), c));
            return response;
        }

        MockHttpServletResponse get(String path) throws Exception {
            String[] parts = path.split("\\?", 2);
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(parts[0]);
            if (parts.length > 1) {
                for (String pair : parts[1].split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.param(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            return perform(request);
        }
    }
}
