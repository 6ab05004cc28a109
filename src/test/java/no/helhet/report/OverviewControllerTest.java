package no.helhet.report;

import static org.assertj.core.api.Assertions.assertThat;

import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OverviewControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void leadersSeeAggregatesAndNoFamily() {
        assertThat(mvc.get().uri("/").with(fixtures.as("leder")))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/overview");
        assertThat(mvc.get().uri("/overview").with(fixtures.as("leder")))
                .hasStatusOk()
                .bodyText()
                .contains("Familier med barnekoordinator")
                .doesNotContain("/families/");
    }

    @Test
    void coordinatorsAndAdministratorsDoNotSeeTheOverview() {
        assertThat(mvc.get().uri("/overview").with(fixtures.as("koord1"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/overview").with(fixtures.as("admin"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void smallCountsAreSuppressed() {
        assertThat(new Count(0, 5).suppressed()).isFalse();
        assertThat(new Count(1, 5).suppressed()).isTrue();
        assertThat(new Count(4, 5).suppressed()).isTrue();
        assertThat(new Count(5, 5).suppressed()).isFalse();
    }
}
