package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The headers of issue 12: a Content-Security-Policy without 'unsafe-inline', Permissions-Policy,
 * HSTS on HTTPS (not on plain HTTP), no-store on authenticated pages; the session's idle and absolute
 * time-outs as settings.
 */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionSettings sessions;

    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Test
    void everyPageHasAStrictContentSecurityPolicyAndPermissionsPolicy() {
        for (String page : new String[] {"/", "/login", "/worklist"}) {
            MvcTestResult result = mvc.get().uri(page).with(fixtures.as("ke")).exchange();
            String csp = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp)
                    .as(page)
                    .contains("style-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(result.getResponse().getHeader("Permissions-Policy"))
                    .contains("camera=()", "geolocation=()", "microphone=()");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void noTemplateUsesAnInlineStyleOrScript() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var template : resolver.getResources("classpath:templates/**/*.html")) {
            String path = template.getURL().getPath();
            if (path.contains("/letters/") || path.contains("/reports/")) {
                continue; // PDFs, rendered on the server and never served as HTML
            }
            String html = template.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html)
                    .as(path)
                    .doesNotContain(" style=")
                    .doesNotContain("th:style")
                    .doesNotContain("<style")
                    .doesNotContainPattern("<script(?![^>]*th:src)[^>]*>")
                    .doesNotContainPattern(" on[a-z]+=\"");
        }
    }

    @Test
    void authenticatedPagesAreNotStoredAndStaticFilesMayBe() {
        MvcTestResult page = mvc.get().uri("/worklist").with(fixtures.as("ke")).exchange();
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
        MvcTestResult css = mvc.get().uri("/css/helhet.css").exchange();
        assertThat(css.getResponse().getHeader("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        MvcTestResult https = mvc.get().uri("/login").secure(true).exchange();
        assertThat(https.getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        MvcTestResult http = mvc.get().uri("/login").exchange();
        assertThat(http.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void theIdleAndAbsoluteTimeoutsAreSettings() {
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(sessions.absoluteTimeout()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aSessionOlderThanTheAbsoluteTimeoutEndsHoweverActive() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        Duration absolute = Duration.ofHours(10);

        MockHttpServletResponse young = run(session, Clock.fixed(created.plus(Duration.ofHours(9)), ZoneOffset.UTC));
        assertThat(young.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();

        MockHttpServletResponse old =
                run(session, Clock.fixed(created.plus(absolute).plusSeconds(1), ZoneOffset.UTC));
        assertThat(old.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpServletResponse run(HttpSession session, Clock clock) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/worklist");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionLifetimeFilter(clock, Duration.ofHours(10)).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
