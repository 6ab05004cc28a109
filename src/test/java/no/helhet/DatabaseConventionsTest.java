package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every table and column commented, every foreign key indexed, keys and indexes named by rule. */
@IntegrationTest
class DatabaseConventionsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableAndColumnIsCommented() {
        List<String> missing = jdbc.sql("""
                        select cl.relname || '.' || a.attname
                        from pg_class cl join pg_attribute a on a.attrelid = cl.oid
                        where cl.relnamespace = 'public'::regnamespace and cl.relkind = 'r'
                          and a.attnum > 0 and not a.attisdropped and cl.relname <> 'flyway_schema_history'
                          and col_description(cl.oid, a.attnum) is null
                        union all
                        select cl.relname from pg_class cl
                        where cl.relnamespace = 'public'::regnamespace and cl.relkind = 'r'
                          and cl.relname <> 'flyway_schema_history' and obj_description(cl.oid, 'pg_class') is null
                        """).query(String.class).list();
        assertThat(missing).as("tables and columns without COMMENT ON").isEmpty();
    }

    @Test
    void everyForeignKeyIsIndexed() {
        List<String> unindexed = jdbc.sql("""
                        select con.conname from pg_constraint con
                        where con.contype = 'f' and con.connamespace = 'public'::regnamespace
                          and not exists (
                            select 1 from pg_index i
                            where i.indrelid = con.conrelid and i.indkey[0] = con.conkey[1])
                        """).query(String.class).list();
        assertThat(unindexed)
                .as("foreign keys whose first column leads no index")
                .isEmpty();
    }

    @Test
    void constraintsAndIndexesAreNamedByRule() {
        List<String> badConstraints = jdbc.sql("""
                        select conname from pg_constraint
                        where connamespace = 'public'::regnamespace and contype in ('p', 'f', 'u', 'c')
                          and conrelid <> 'flyway_schema_history'::regclass
                          and conname !~ '^(pk|fk|uq|ck)_'
                        """).query(String.class).list();
        List<String> badIndexes = jdbc.sql("""
                        select indexname from pg_indexes
                        where schemaname = 'public' and tablename <> 'flyway_schema_history'
                          and indexname !~ '^(pk|uq|ix)_'
                        """).query(String.class).list();
        assertThat(badConstraints).as("constraints").isEmpty();
        assertThat(badIndexes).as("indexes").isEmpty();
    }
}
