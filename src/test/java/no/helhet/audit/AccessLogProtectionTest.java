package no.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 12 item 3: the application's database role cannot change the access log or switch off its
 * trigger, and every record is chained to the one before it, so that a change made by an owner is
 * found by the verification.
 */
@IntegrationTest
class AccessLogProtectionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    AccessLogChain chain;

    @Autowired
    AccessPolicy policy;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theApplicationRunsAsARoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("helhet_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class where relowner = 'helhet_app'::regrole")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApplicationMayOnlyReadAndAppendToTheLog() {
        FamilyDetails family = fixtures.aFamily("Vernesen", 8);
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")).exchange();

        assertThatThrownBy(() ->
                        jdbc.sql("update access_log set outcome = 'GRANTED'").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table access_log disable trigger tr_access_log_append_only")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop trigger tr_access_log_chain on access_log")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void evenTheOwnerIsRefusedByTheTrigger() {
        JdbcClient owner = JdbcClient.create(ownerDataSource());
        assertThatThrownBy(() ->
                        owner.sql("update access_log set outcome = 'GRANTED'").update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from access_log").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void concurrentWritersExtendOneChainAndTheVerificationFindsAChangedRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                writes.add(pool.submit(() -> policy.recordListed(
                        List.of(UUID.randomUUID(), UUID.randomUUID()), AccessAction.LIST, "chain-test")));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        AccessLogChain.Verification intact = chain.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.checked())
                .isEqualTo(jdbc.sql("select count(*) from access_log")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(120);

        long victim = jdbc.sql("select min(id) from access_log where what = 'chain-test'")
                .query(Long.class)
                .single();
        long position = jdbc.sql("select chain_position from access_log where id = :id")
                .param("id", victim)
                .query(Long.class)
                .single();
        JdbcClient owner = JdbcClient.create(ownerDataSource());
        tamper(owner, victim, "chain-tampered");
        try {
            AccessLogChain.Verification broken = chain.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.brokenAtPosition()).isEqualTo(position);
            assertThat(broken.brokenAtId()).isEqualTo(victim);
            assertThat(mvc.get().uri("/access-log/integrity").with(fixtures.as("kelead")))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Kjeden er brutt ved posisjon " + position);
        } finally {
            tamper(owner, victim, "chain-test");
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void onlyTheLeadSeesTheIntegrityPage() {
        assertThat(mvc.get().uri("/access-log/integrity").with(fixtures.as("ke")))
                .hasStatus(org.springframework.http.HttpStatus.FORBIDDEN);
        assertThat(
                        mvc.post()
                                .uri("/access-log/integrity")
                                .with(fixtures.as("kelead"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .hasStatus(org.springframework.http.HttpStatus.FOUND);
        assertThat(mvc.get().uri("/access-log/integrity").with(fixtures.as("kelead")))
                .hasStatusOk()
                .bodyText()
                .contains("Kjeden er hel");
    }

    /** What only an owner can do: switch off the trigger, change a record, switch it on. */
    private static void tamper(JdbcClient owner, long id, String what) {
        owner.sql("alter table access_log disable trigger tr_access_log_append_only; "
                        + "update access_log set what = '" + what + "' where id = " + id + "; "
                        + "alter table access_log enable trigger tr_access_log_append_only")
                .update();
    }

    private DataSource ownerDataSource() {
        return postgres.getDatabase("helhet_owner", "postgres");
    }
}
