package no.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AccessLogTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyViewIsLoggedWithWhoRoleUnitAndOutcome() {
        FamilyDetails family = fixtures.aFamily("Loggesen", 8);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk();
        var row = jdbc.sql("select username, role, unit_id, action, what, outcome from access_log"
                        + " where family_id = :id order by id desc limit 1")
                .param("id", family.id())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("username", "ke")
                .containsEntry("role", "KE_CASEWORKER")
                .containsEntry("action", "VIEW")
                .containsEntry("what", "family.page")
                .containsEntry("outcome", "GRANTED");
        assertThat(row.get("unit_id")).isNotNull();
    }

    @Test
    void theLeadReadsTheLogAndACaseworkerDoesNot() {
        FamilyDetails family = fixtures.aFamily("Tilgangsen", 8);
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")).exchange();
        assertThat(mvc.get().uri("/families/" + family.id() + "/access-log").with(fixtures.as("kelead")))
                .hasStatusOk()
                .bodyText()
                .contains("family.page")
                .contains("Saksbehandler, koordinerende enhet");
        assertThat(mvc.get().uri("/families/" + family.id() + "/access-log").with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theLogIsAppendOnly() {
        assertThatThrownBy(() ->
                        jdbc.sql("update access_log set outcome = 'GRANTED'").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log").update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void noNationalIdEverReachesTheLog() {
        FamilyDetails family = fixtures.aFamily("Hemmeligsen", 8);
        String id = jdbc.sql("select national_id from guardian where family_id = :id")
                .param("id", family.id())
                .query(String.class)
                .single();
        long before = jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();

        var posted = mvc.post()
                .uri("/families/search")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("query", id)
                .exchange();
        assertThat(mvc.get()
                        .uri(posted.getResponse().getRedirectedUrl())
                        .cookie(posted.getResponse().getCookie("SESSION"))
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Hemmeligsen");

        // The search ran and was logged: one record for the family it found, by whom, as a search.
        var searches = jdbc.sql("select username, action, what, outcome from access_log"
                        + " where id > :before and family_id = :family")
                .param("before", before)
                .param("family", family.id())
                .query()
                .listOfRows();
        assertThat(searches)
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("username", "ke")
                        .containsEntry("action", "SEARCH")
                        .containsEntry("what", "family.search")
                        .containsEntry("outcome", "GRANTED"));
        // ... and the number searched for is in no column of any record (the whole row as text).
        Long leaks = jdbc.sql("select count(*) from access_log a where a::text like :id")
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
        assertThat(leaks).isZero();
    }
}
