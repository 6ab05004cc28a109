package no.helhet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Verifies the access log's hash chain (migration V037): walks every record in chain order,
 * rebuilds its canonical text here in Java (not with the database's function, which an owner could
 * change) and checks that its hash is SHA-256 of the previous hash and that text, and that the
 * positions run 1, 2, 3 … without a gap. A changed, deleted or inserted record breaks the chain
 * from that record on. Runs daily ({@code helhet.audit.verify-cron}) and on the lead's request;
 * a break is logged as an error and shown to the KE lead.
 */
@Service
public class AccessLogChain {

    private static final Logger log = LoggerFactory.getLogger(AccessLogChain.class);

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Verification> last = new AtomicReference<>();

    AccessLogChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The outcome of one verification: how many records were checked, and the first break (its
     * chain position and record id), if any.
     */
    public record Verification(Instant at, long checked, Long brokenAtPosition, Long brokenAtId) {

        public boolean intact() {
            return brokenAtPosition == null;
        }

        /** When it ran, on Oslo time. */
        public java.time.LocalDateTime atLocal() {
            return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Europe/Oslo"));
        }
    }

    /** The daily verification. */
    @Scheduled(cron = "${helhet.audit.verify-cron}", zone = "Europe/Oslo")
    void verifyDaily() {
        verify();
    }

    /** The last verification since start, or empty if none has run. */
    public java.util.Optional<Verification> lastVerification() {
        return java.util.Optional.ofNullable(last.get());
    }

    /** Verifies the whole chain now; a break is logged as an error. */
    public Verification verify() {
        Walk walk = new Walk();
        jdbc.sql("""
                        select chain_position, id, occurred_at, staff_id, username, role, unit_id, action, what,
                               family_id, outcome, hash
                        from access_log order by chain_position
                        """).query(walk);
        Verification result =
                new Verification(Instant.now(clock), walk.checked, walk.brokenAtPosition, walk.brokenAtId);
        last.set(result);
        if (!result.intact()) {
            log.error(
                    "The access log's hash chain is broken at position {} (record {}): a record was changed,"
                            + " deleted or inserted out of order",
                    result.brokenAtPosition(),
                    result.brokenAtId());
        }
        return result;
    }

    /** The canonical text of a record, as the database's {@code access_log_canonical} builds it. */
    static String canonical(
            long id,
            Instant occurredAt,
            Object staffId,
            String username,
            String role,
            Object unitId,
            String action,
            String what,
            Object familyId,
            String outcome) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {
            Long.toString(id),
            UTC_MICROS.format(occurredAt),
            staffId == null ? "" : staffId.toString(),
            username,
            role,
            unitId == null ? "" : unitId.toString(),
            action,
            what,
            familyId == null ? "" : familyId.toString(),
            outcome
        }) {
            text.append(field.codePointCount(0, field.length())).append(':').append(field);
        }
        return text.toString();
    }

    private static final class Walk implements RowCallbackHandler {

        private byte[] previous = new byte[0];
        private long checked;
        private Long brokenAtPosition;
        private Long brokenAtId;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (brokenAtPosition != null) {
                return;
            }
            long position = rs.getLong("chain_position");
            long id = rs.getLong("id");
            String text = canonical(
                    id,
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getObject("staff_id"),
                    rs.getString("username"),
                    rs.getString("role"),
                    rs.getObject("unit_id"),
                    rs.getString("action"),
                    rs.getString("what"),
                    rs.getObject("family_id"),
                    rs.getString("outcome"));
            byte[] expected = sha256(previous, text.getBytes(StandardCharsets.UTF_8));
            byte[] stored = rs.getBytes("hash");
            if (position != checked + 1 || !Arrays.equals(expected, stored)) {
                brokenAtPosition = checked + 1;
                brokenAtId = id;
                return;
            }
            previous = stored;
            checked++;
        }
    }

    private static byte[] sha256(byte[] previous, byte[] text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            digest.update(text);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
