package no.helhet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.helhet.support.IntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Staff login through OpenID Connect against a real provider (NAV's mock-oauth2-server, in-process
 * on a random port): the whole authorization-code flow with PKCE and nonce, the ID token checked by
 * Spring Security, the person linked to a staff account by a claim and given the role their group
 * maps to. A login with the wrong issuer, the wrong audience, an expired token or a nonce that does
 * not match is refused; so is a person without a linked account or a mapped group. Every attempt is
 * in {@code login_attempt}.
 */
@IntegrationTest
class OidcLoginTest {

    private static final String ISSUER = "kommune";
    private static final String CLIENT_ID = "helhet";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("helhet.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("helhet.oidc.client-id", () -> CLIENT_ID);
        registry.add("helhet.oidc.client-secret", () -> "hemmelig");
        registry.add("helhet.oidc.group-roles.helhet-ke-leder", () -> "KE_LEAD");
        registry.add("helhet.oidc.group-roles.helhet-koordinator", () -> "COORDINATOR");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    OidcStaffUserService oidc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    no.helhet.support.Fixtures fixtures;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aGoodLoginIsTheLinkedAccountWithTheRoleItsGroupMapsTo() throws Exception {
        String link = aLinkedAccount("kelead");
        Login login = logIn(callback(link, List.of("helhet-ke-leder", "en-annen-gruppe"), Map.of(), null, 3600));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/");
        assertThat(login.get("/").getRedirectedUrl())
                .as("a KE lead starts on the worklist")
                .isEqualTo("/worklist");
        assertThat(login.get("/worklist").getContentAsString()).contains("Leder, koordinerende enhet");
        assertThat(login.get("/access-log/integrity").getStatus()).isEqualTo(200);
        assertThat(outcomes(link)).containsExactly("SUCCESS");
    }

    @Test
    void theGroupNotTheLocalAccountDecidesTheRole() throws Exception {
        String link = aLinkedAccount("ke");
        Login login = logIn(callback(link, List.of("helhet-koordinator"), Map.of(), null, 3600));
        assertThat(login.get("/").getRedirectedUrl()).isEqualTo("/my-families");
        assertThat(login.get("/worklist").getStatus()).isIn(403, 404);
    }

    @Test
    void theAdministratorLinksANewAccountAndALinkTakenIsRefused() throws Exception {
        String username = "lenket" + SEQUENCE.incrementAndGet();
        String link = username + "@kommune.test";
        UUID unit = staff.findStaffByUsername("ke").orElseThrow().unitId();
        MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("fullName", "Lenka Lenkesen")
                        .param("username", username)
                        .param("password", "et-langt-passord-her")
                        .param("role", "KE_CASEWORKER")
                        .param("unitId", unit.toString())
                        .param("trainingStatus", "NOT_STARTED")
                        .param("externalId", link))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/staff");
        assertThat(logIn(callback(link, List.of("helhet-ke-leder"), Map.of(), null, 3600))
                        .result
                        .getRedirectedUrl())
                .isEqualTo("/");

        MockHttpServletResponse taken = mvc.perform(MockMvcRequestBuilders.post("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("fullName", "Andre Andresen")
                        .param("username", username + "b")
                        .param("password", "et-langt-passord-her")
                        .param("role", "KE_CASEWORKER")
                        .param("unitId", unit.toString())
                        .param("trainingStatus", "NOT_STARTED")
                        .param("externalId", link))
                .andReturn()
                .getResponse();
        assertThat(taken.getStatus()).isEqualTo(200);
        assertThat(taken.getContentAsString()).contains("En annen bruker er allerede koblet til denne innloggingen.");
    }

    @Test
    void noLinkedAccountIsRefusedWithAClearPage() throws Exception {
        String link = "ukjent-" + SEQUENCE.incrementAndGet() + "@kommune.test";
        Login login = logIn(callback(link, List.of("helhet-ke-leder"), Map.of(), null, 3600));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/login?oidc=no-account");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/login").param("oidc", "no-account"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("ingen aktiv brukerkonto i Helhet knyttet til deg");
        assertNotLoggedIn(login);
        assertThat(outcomes(link)).containsExactly("FAILURE");
    }

    @Test
    void noMappedGroupIsRefused() throws Exception {
        String link = aLinkedAccount("koord1");
        Login login = logIn(callback(link, List.of("alle-ansatte"), Map.of(), null, 3600));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/login?oidc=no-role");
        assertNotLoggedIn(login);
        assertThat(outcomes(link)).containsExactly("FAILURE");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(Map.of("iss", "https://falsk.example/kommune"), null, 3600);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(Map.of("aud", List.of("en-annen-klient")), null, 3600);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(Map.of(), null, -3600);
    }

    @Test
    void aTokenWithoutTheNonceOrWithAnotherIsRefused() throws Exception {
        Map<String, Object> missing = new HashMap<>();
        missing.put("nonce", null);
        assertRefused(missing, null, 3600);
        assertRefused(Map.of("nonce", "en-annen-nonce"), null, 3600);
    }

    @Test
    void theAuthorizationRequestCarriesPkceAndANonceAndTheCodeIsRedeemedWithTheVerifier() throws Exception {
        MockHttpServletResponse start = mvc.perform(MockMvcRequestBuilders.get("/oauth2/authorization/oidc"))
                .andReturn()
                .getResponse();
        Map<String, String> query = query(URI.create(start.getRedirectedUrl()));
        assertThat(query)
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "nonce", "state");

        String link = aLinkedAccount("ke2");
        Login login = new Login();
        URI authorization = URI.create(login.perform(MockMvcRequestBuilders.get("/oauth2/authorization/oidc"))
                .getRedirectedUrl());
        String challenge = query(authorization).get("code_challenge");
        PROVIDER.enqueueCallback(callback(link, List.of("helhet-ke-leder"), Map.of(), null, 3600));
        URI back = authorize(authorization.toString());
        login.result = login.perform(MockMvcRequestBuilders.get(back.getPath()).queryParams(toParams(query(back))));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/");

        String code = query(back).get("code");
        String verifier = null;
        for (RecordedRequest request = PROVIDER.takeRequest(5, TimeUnit.SECONDS);
                request != null && verifier == null;
                request = PROVIDER.takeRequest(1, TimeUnit.SECONDS)) {
            String body = request.getBody().readUtf8();
            if (body.contains("grant_type=authorization_code") && body.contains(code)) {
                verifier = query(URI.create("/?" + body)).get("code_verifier");
            }
        }
        assertThat(verifier).as("the code is redeemed with its PKCE verifier").isNotBlank();
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        assertThat(expected).isEqualTo(challenge);
    }

    private void assertRefused(Map<String, Object> claims, List<String> audience, long expiry) throws Exception {
        String link = aLinkedAccount("kelead");
        Login login = logIn(callback(link, List.of("helhet-ke-leder"), claims, audience, expiry));
        assertThat(login.result.getRedirectedUrl()).isEqualTo("/login?oidc=failed");
        assertNotLoggedIn(login);
        assertThat(jdbc.sql("select count(*) from login_attempt where username = '(oidc)' and outcome = 'FAILURE'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(outcomes(link)).isEmpty();
    }

    private void assertNotLoggedIn(Login login) throws Exception {
        assertThat(login.get("/worklist").getRedirectedUrl()).endsWith("/login");
    }

    /** A new account in the given account's role, linked to a fresh claim value. */
    private String aLinkedAccount(String like) {
        StaffSummary model = staff.findStaffByUsername(like).orElseThrow();
        String username = "oidc" + SEQUENCE.incrementAndGet();
        staff.registerStaffMember(new StaffDirectory.NewStaffMember(
                username,
                "et-langt-passord-som-ingen-bruker",
                "Oidc Testesen",
                model.role(),
                model.unitId(),
                null,
                null,
                TrainingStatus.NOT_STARTED));
        String link = username + "@kommune.test";
        oidc.linkExternalLogin(staff.findStaffByUsername(username).orElseThrow().id(), link);
        return link;
    }

    private static DefaultOAuth2TokenCallback callback(
            String link, List<String> groups, Map<String, Object> claims, List<String> audience, long expiry) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("preferred_username", link);
        all.put("groups", groups);
        all.putAll(claims);
        return new DefaultOAuth2TokenCallback(ISSUER, "sub-" + link, "JWT", audience, all, expiry);
    }

    private List<String> outcomes(String link) {
        return jdbc.sql("select outcome from login_attempt where username = :link order by id")
                .param("link", link)
                .query(String.class)
                .list();
    }

    /** The whole flow: Helhet sends the browser to the provider, the provider back with a code. */
    private Login logIn(DefaultOAuth2TokenCallback callback) throws Exception {
        Login login = new Login();
        MockHttpServletResponse start = login.perform(MockMvcRequestBuilders.get("/oauth2/authorization/oidc"));
        assertThat(start.getStatus()).isEqualTo(302);
        PROVIDER.enqueueCallback(callback);
        URI back = authorize(start.getRedirectedUrl());
        login.result = login.perform(MockMvcRequestBuilders.get(back.getPath()).queryParams(toParams(query(back))));
        return login;
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

    /** One browser: carries the session cookie from answer to request. */
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
            return perform(MockMvcRequestBuilders.get(path));
        }
    }
}
