package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist and the family name search can use their indexes. The test database holds only a few
 * rows, on which PostgreSQL rightly prefers a sequential scan (or a bitmap scan and a sort); so each
 * plan is asked for with {@code enable_seqscan = off} in the test's own transaction, and the
 * worklist's with bitmap scans off too, which proves the index is usable for the query as the
 * application writes it, in the index's order (the planner picks it once the tables are large).
 */
@IntegrationTest
class QueryPlanTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theWaitingWorklistIsReadInIndexOrder() {
        String plan = planInIndexOrder("""
                select id, family_id, channel, received_on, status, closed_on, coordinator_id, coordinator_unit_id
                from coordinator_request
                where 1 = 1 and status in ('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED')
                order by received_on, id limit 20 offset 0""");
        assertThat(plan).contains("Index Scan using ix_coordinator_request_waiting_received");
        assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void theWholeWorklistIsReadInIndexOrder() {
        String plan = planInIndexOrder("""
                select id, family_id, channel, received_on, status, closed_on, coordinator_id, coordinator_unit_id
                from coordinator_request where 1 = 1 order by received_on, id limit 20 offset 0""");
        assertThat(plan).contains("Index Scan using ix_coordinator_request_received");
        assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void theWorklistSortedTheOtherWayOrByStatusIsReadInIndexOrderToo() {
        String newestFirst = planInIndexOrder("""
                select id, family_id, channel, received_on, status, closed_on, coordinator_id, coordinator_unit_id
                from coordinator_request where 1 = 1 order by received_on desc, id desc limit 20 offset 0""");
        assertThat(newestFirst).contains("Index Scan Backward using ix_coordinator_request_received");
        assertThat(newestFirst).doesNotContain("Seq Scan").doesNotContain("Sort");
        String byStatus = planInIndexOrder("""
                select id, family_id, channel, received_on, status, closed_on, coordinator_id, coordinator_unit_id
                from coordinator_request where 1 = 1 order by status asc, received_on asc, id asc limit 20 offset 0""");
        assertThat(byStatus).contains("Index Scan using ix_coordinator_request_status_order");
        assertThat(byStatus).doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void mineSakerIsReadInIndexOrder() {
        String plan = planInIndexOrder("""
                select id, family_id, channel, received_on, status, closed_on, coordinator_id,
                       coordinator_unit_id, assigned_caseworker_id
                from coordinator_request
                where assigned_caseworker_id = '00000000-0000-0000-0000-000000000001'
                  and status in ('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED')
                order by received_on asc, id asc limit 20 offset 0""");
        assertThat(plan).contains("Index Scan using ix_coordinator_request_assigned");
        assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void theNameSearchUsesTheTrigramIndexes() {
        String plan = plan("""
                select family_id from guardian
                 where lower(given_name || ' ' || family_name) like '%hansen%'
                union
                select family_id from child
                 where lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) like '%hansen%'
                limit 50""");
        assertThat(plan)
                .contains("Bitmap Index Scan on ix_guardian_full_name_trgm")
                .contains("Bitmap Index Scan on ix_child_full_name_trgm")
                .doesNotContain("Seq Scan");
    }

    private String plan(String sql) {
        return plan(sql, false);
    }

    private String planInIndexOrder(String sql) {
        return plan(sql, true);
    }

    private String plan(String sql, boolean noBitmapScan) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            if (noBitmapScan) {
                jdbc.sql("set local enable_bitmapscan = off").update();
            }
            List<String> lines = jdbc.sql("explain " + sql).query(String.class).list();
            return String.join("\n", lines);
        });
    }
}
