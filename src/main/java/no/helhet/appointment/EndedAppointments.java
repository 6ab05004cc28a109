package no.helhet.appointment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** For retention: when a family's appointments ended, or that one has not. */
@Service
public class EndedAppointments {

    private final JdbcClient jdbc;

    EndedAppointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Of these families, those with an appointment, each with the day its last appointment ended,
     * or {@code null} when one has not ended (the family has an open appointment).
     */
    public Map<UUID, LocalDate> lastEnded(Collection<UUID> familyIds) {
        Map<UUID, LocalDate> ended = new LinkedHashMap<>();
        if (familyIds.isEmpty()) {
            return ended;
        }
        jdbc.sql("""
                        select family_id,
                               case when count(*) filter (where ended_on is null) > 0 then null else max(ended_on) end as last_ended
                        from appointment where family_id in (:families)
                        group by family_id
                        """)
                .param("families", familyIds)
                .query((rs, n) -> {
                    Date last = rs.getDate("last_ended");
                    return new Object[] {rs.getObject("family_id", UUID.class), last == null ? null : last.toLocalDate()
                    };
                })
                .list()
                .forEach(row -> ended.put((UUID) row[0], (LocalDate) row[1]));
        return ended;
    }
}
