package no.helhet.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The login log is kept for a while only ({@code helhet.login.retention}, default 90 days): a daily
 * job (once across nodes) deletes older attempts. The throttle looks back 15 minutes, the page of
 * failures shows the recent ones; older attempts hold usernames and addresses and serve nothing.
 */
@Service
public class LoginAttemptRetention {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    LoginAttemptRetention(JdbcClient jdbc, @Value("${helhet.login.retention:P90D}") Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${helhet.login.retention-cron:0 20 4 * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "login-attempt-retention", lockAtLeastFor = "PT5M")
    public void daily() {
        log.info("Deleted {} login attempts older than {}", deleteOld(), retention);
    }

    /** Deletes the attempts older than the retention period; returns how many. */
    public int deleteOld() {
        return jdbc.sql("delete from login_attempt where attempted_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
