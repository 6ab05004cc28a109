package no.helhet.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyGlance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The family page's summary: the requests still waiting for the municipality and the step each has
 * reached (received, under assessment, decided and waiting for the appointment), oldest first.
 */
@Component
class RequestGlance implements FamilyGlance {

    private final JdbcClient jdbc;

    RequestGlance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "request/glance";
    }

    @Override
    public String anchor() {
        return "section-request";
    }

    @Override
    public Map<UUID, List<Open>> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Open>> byFamily = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, family_id, status, received_on from coordinator_request
                        where family_id = any(:familyIds) and status in (:waiting)
                        order by received_on, id
                        """)
                .param("familyIds", familyIds.toArray(UUID[]::new))
                .param("waiting", RequestStatus.waitingNames())
                .query((rs, n) -> new Open(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getDate("received_on").toLocalDate()))
                .list()
                .forEach(o -> byFamily.computeIfAbsent(o.familyId(), f -> new ArrayList<>())
                        .add(o));
        return byFamily;
    }

    /** A request still waiting: its step is its status. */
    record Open(UUID id, UUID familyId, RequestStatus status, LocalDate receivedOn) {}
}
