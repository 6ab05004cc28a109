package no.helhet.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts an embedded PostgreSQL 15 when no external database is configured ({@code HELHET_DB_URL}
 * empty): the default for trying Helhet out. Data persist under {@code helhet.embedded.data-directory}.
 *
 * <p>The server runs as the superuser {@code postgres}, which Helhet never uses: at start-up it
 * makes two roles, as an external database should have them (see {@code docs/security.md}). Flyway
 * migrates as {@value #OWNER_ROLE}, which owns the schema and its tables; the application's pool
 * connects as {@value #APP_ROLE}, which is no superuser, owns nothing, and may only read and append
 * to the access log (migration V036), so it can neither change the log nor switch off its trigger.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Owns the schema; Flyway migrates as it. */
    static final String OWNER_ROLE = "helhet_owner";

    /** The application's pool: reads and writes data, owns nothing, only appends to the access log. */
    static final String APP_ROLE = "helhet_app";

    private static final String DATABASE = "postgres";

    /**
     * Makes the two roles (once), gives the schema to the owner and hands over to it what an earlier
     * version of Helhet created as {@code postgres}. Extension members stay with the extension.
     */
    private static final String ROLES = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = 'helhet_owner') then
                    create role helhet_owner login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
                end if;
                if not exists (select from pg_roles where rolname = 'helhet_app') then
                    create role helhet_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
                end if;
            end $$;
            grant create, connect on database postgres to helhet_owner;
            grant connect on database postgres to helhet_app;
            alter schema public owner to helhet_owner;
            grant usage on schema public to helhet_app;
            do $$
            declare
                r record;
            begin
                for r in select c.oid::regclass as name, c.relkind from pg_class c
                         join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relowner = 'postgres'::regrole
                           and c.relkind in ('r', 'p', 'v', 'm')
                           and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %s owner to helhet_owner',
                                   case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
                                   r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p
                         join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public' and p.proowner = 'postgres'::regrole
                           and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %s owner to helhet_owner', r.name);
                end loop;
            end $$;
            """;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${helhet.embedded.data-directory}") Path dataDirectory,
            @Value("${helhet.embedded.clean:false}") boolean clean)
            throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                // zonky turns these off by default; a case system's data must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "UTC")
                .start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement statement = superuser.createStatement()) {
            statement.execute(ROLES);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Could not prepare the database roles", e);
        }
        return postgres;
    }

    /** Flyway migrates as the owner role, on a connection of its own (not the application's pool). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(OWNER_ROLE, DATABASE);
    }

    /**
     * A HikariCP pool on the embedded server, configured by the same {@code spring.datasource.hikari.*}
     * settings as the external database (pool size, statement timeout). The server's own
     * {@code getPostgresDatabase()} would open a new connection for every borrow (~20 ms each).
     */
    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, DATABASE));
        pool.setUsername(APP_ROLE);
        pool.setPoolName("helhet-embedded");
        return pool;
    }

    /** Marks that the database is the embedded one, so that demo data may load by default. */
    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
