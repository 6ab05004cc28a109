package no.helhet.request;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Families whose every request has stopped waiting, for retention: a family with a request still
 * received, under assessment or granted is never listed. A refused request closed on the day of the
 * refusal; an appointed one stays open while the appointment does (the appointment module knows).
 */
@Service
public class ClosedRequests {

    private final JdbcClient jdbc;

    ClosedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Families with at least one request, none of them waiting, and the day the last of them was
     * closed (refused or appointed), where that day is before {@code before}.
     */
    public Map<UUID, LocalDate> closedBefore(LocalDate before) {
        Map<UUID, LocalDate> closed = new LinkedHashMap<>();
        jdbc.sql("""
                        select family_id, max(coalesce(closed_on, decided_on)) as last_closed
                        from coordinator_request
                        group by family_id
                        having count(*) filter (where status in (:waiting)) = 0
                           and count(*) filter (where coalesce(closed_on, decided_on) is null) = 0
                           and max(coalesce(closed_on, decided_on)) < :before
                        order by last_closed, family_id
                        """)
                .param("waiting", RequestStatus.waitingNames())
                .param("before", Date.valueOf(before))
                .query((rs, n) -> Map.entry(
                        rs.getObject("family_id", UUID.class),
                        rs.getDate("last_closed").toLocalDate()))
                .list()
                .forEach(e -> closed.put(e.getKey(), e.getValue()));
        return closed;
    }
}
