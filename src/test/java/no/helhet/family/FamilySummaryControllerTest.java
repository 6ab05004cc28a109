package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The printable family summary (issue 8, item 10): declared access, access-logged, no actions. */
@IntegrationTest
class FamilySummaryControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatingUnitPrintsASummaryThatIsAccessLogged() {
        FamilyDetails family = fixtures.aFamily("Utskriftsen", 9);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("href=\"/families/" + family.id() + "/summary\"");
        assertThat(mvc.get().uri("/families/" + family.id() + "/summary").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Sammendrag: ", " – Helhet</title>", "Emma", "9 år", "Skrevet ut av", "data-print")
                .doesNotContain("href=\"/families/" + family.id() + "/contact\"");
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and what = 'family.summary'"
                                + " and outcome = 'GRANTED' and username = 'ke'")
                        .param("id", family.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCoordinatorNotAppointedToTheFamilyIsRefused() {
        FamilyDetails family = fixtures.aFamily("Fremmedsen", 9);
        assertThat(mvc.get().uri("/families/" + family.id() + "/summary").with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and what = 'family.summary'"
                                + " and outcome = 'DENIED'")
                        .param("id", family.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
