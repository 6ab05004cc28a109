package no.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 12 item 5: every refusal is logged, and nothing is logged as granted unless it was served. */
@IntegrationTest
class AccessLogGapsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusalByRoleIsLoggedWithTheFamily() {
        FamilyDetails family = fixtures.aFamily("Rollesen", 8);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("leder")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("admin")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(jdbc.sql("select username || ':' || outcome || ':' || what from access_log"
                                + " where family_id = :id order by id")
                        .param("id", family.id())
                        .query(String.class)
                        .list())
                .containsExactly("leder:DENIED:family.page", "admin:DENIED:family.page", "skole:DENIED:family.page");
    }

    @Test
    void aRefusedCaseWorkPageIsLoggedWithoutAFamily() {
        long before = lastId();
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("leder"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from access_log where id > :before and username = 'leder'"
                                + " and outcome = 'DENIED' and family_id is null")
                        .param("before", before)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDownloadOfADocumentThatDoesNotExistIsNotFoundAndNotLoggedAsGranted() {
        FamilyDetails family = fixtures.aFamily("Dokumentsen", 8);
        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/documents/" + UUID.randomUUID())
                        .with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and outcome = 'GRANTED'")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();
    }
}
