package no.helhet.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import no.helhet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scanned complaint letters, kept apart from the complaint so that the aggregate loads light. */
@Repository
class ComplaintScans {

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintScans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void store(UUID complaintId, String fileName, byte[] content) {
        jdbc.sql("""
                        insert into complaint_scan (complaint_id, file_name, content, created_at, created_by)
                        values (:id, :fileName, :content, :at, :by)
                        """)
                .param("id", complaintId)
                .param("fileName", fileName)
                .param("content", content)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentStaff.username())
                .update();
    }

    Optional<Scan> find(UUID complaintId) {
        return jdbc.sql("select file_name, content from complaint_scan where complaint_id = :id")
                .param("id", complaintId)
                .query((rs, n) -> new Scan(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    boolean exists(UUID complaintId) {
        return jdbc.sql("select count(*) from complaint_scan where complaint_id = :id")
                        .param("id", complaintId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    record Scan(String fileName, byte[] content) {}
}
