package no.helhet.request;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which families have asked (any request, whatever its status), and when first: for outreach. */
@Component
public class RequestedFamilies {

    private final JdbcClient jdbc;

    RequestedFamilies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The date of each given family's latest request, for families that have one. */
    @Transactional(readOnly = true)
    public Map<UUID, java.time.LocalDate> latestRequestOn(Collection<UUID> familyIds) {
        Map<UUID, java.time.LocalDate> found = new HashMap<>();
        if (familyIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select family_id, max(received_on) as received_on from coordinator_request
                        where family_id = any(:ids) group by family_id
                        """)
                .param("ids", familyIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> found.put(
                        rs.getObject("family_id", UUID.class),
                        rs.getDate("received_on").toLocalDate()))
                .list();
        return found;
    }
}
