package no.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.helhet.support.DemoData;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data show what follows a decision (issues 10 and 11): complaints in time, late with a
 * reason, upheld and decided by Statsforvalteren; a changed coordinator; a right ended because the
 * need ended, with its end letter.
 */
@IntegrationTest
@DemoData
class DemoCasesTest {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoHasComplaintsInEachStateAChangedCoordinatorAndAnEndedRight() {
        assertThat(count("select count(*) from complaint where reconsideration is null and not late"
                        + " and deadline >= received_on"))
                .as("in time, awaiting reconsideration")
                .isEqualTo(1);
        assertThat(count("select count(*) from complaint where reconsideration is null and late"
                        + " and late_reason is not null"))
                .as("late with a reason")
                .isEqualTo(1);
        assertThat(count("select count(*) from complaint where reconsideration = 'UPHELD'"
                        + " and bundle_id is not null and forwarded_on is not null and governor_outcome = 'UPHELD'"))
                .as("upheld, forwarded, Statsforvalteren's outcome")
                .isEqualTo(1);
        assertThat(count("select count(*) from appointment where end_reason = 'CHANGE_OF_PERSON'"))
                .as("a changed coordinator")
                .isEqualTo(1);
        assertThat(count("select count(*) from appointment a where a.end_reason = 'NEED_ENDED'"
                        + " and a.end_letter_document_id is not null"))
                .as("an ended right with its end letter")
                .isEqualTo(1);
    }
}
