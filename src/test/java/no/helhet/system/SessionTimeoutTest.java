package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffFixtures;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Item 8 of issue 8: the session warns before its idle time-out (the layout gives the setting to
 * static/js/session.js, whose button pings the server), a script's request after the time-out gets
 * 401 instead of the login page, and the login after a time-out returns to the page asked for.
 */
@IntegrationTest
class SessionTimeoutTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffFixtures staffFixtures;

    @Autowired
    StaffDirectory directory;

    @Test
    void theLayoutCarriesTheIdleTimeoutAndThePingKeepsTheSession() {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(1800);
        assertThat(mvc.get().uri("/worklist").session(session).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("data-session-timeout=\"1800\"")
                .contains("data-keepalive=\"/session/keepalive\"")
                .contains("Fortsett å være innlogget")
                .contains("/js/session.js");
        assertThat(mvc.get().uri("/session/keepalive").with(fixtures.as("ke"))).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void aScriptsRequestWithoutASessionGets401NotTheLoginPage() {
        assertThat(mvc.get().uri("/session/keepalive").header("X-Requested-With", "XMLHttpRequest"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post()
                        .uri("/assessments/" + UUID.randomUUID() + "/draft")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .param("version", "0"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/worklist")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theLoginAfterATimeoutReturnsToThePageAskedFor() {
        staffFixtures
                .aStaffMember("tilbake")
                .named("Tora Tilbake")
                .inUnit(directory.units().get(0).id())
                .build();
        String form = "/assessments/" + UUID.randomUUID();
        MvcTestResult asked = mvc.get().uri(form).exchange();
        assertThat(asked).hasStatus(HttpStatus.FOUND);
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");
        Cookie[] session = asked.getResponse().getCookies();
        assertThat(session).as("the session cookie").isNotEmpty();

        MvcTestResult login = mvc.post()
                .uri("/login")
                .cookie(session)
                .param("username", "tilbake")
                .param("password", StaffFixtures.PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(login).hasStatus(HttpStatus.FOUND);
        assertThat(login.getResponse().getRedirectedUrl()).endsWith(form + "?continue");
    }
}
