package no.helhet.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 15 when no external database is configured ({@code HELHET_DB_URL}
 * empty): the default for trying Helhet out. Data persist under {@code helhet.embedded.data-directory}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${helhet.embedded.data-directory}") Path dataDirectory,
            @Value("${helhet.embedded.clean:false}") boolean clean)
            throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                // zonky turns these off by default; a case system's data must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    /**
     * A HikariCP pool on the embedded server, configured by the same {@code spring.datasource.hikari.*}
     * settings as the external database (pool size, statement timeout). The server's own
     * {@code getPostgresDatabase()} would open a new connection for every borrow (~20 ms each).
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPoolName("helhet-embedded");
        return pool;
    }

    /** Marks that the database is the embedded one, so that demo data may load by default. */
    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
