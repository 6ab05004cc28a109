package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database is reached through a HikariCP pool whose connections carry a statement timeout. */
@IntegrationTest
class DatabasePoolTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmbeddedDatabaseIsPooledWithAStatementTimeout() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("30s");
    }

    @Test
    void dataAreWrittenDurably() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
    }
}
