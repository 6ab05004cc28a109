package no.helhet.request;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.PageSlice;
import no.helhet.shared.RulesProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordinating unit's worklist: requests by status with days waiting, filtered, sorted and paged in SQL. */
@Repository
class Worklist {

    private final JdbcClient jdbc;
    private final RulesProperties rules;

    Worklist(JdbcClient jdbc, RulesProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    PageSlice<Row> find(WorklistFilter filter, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (filter.statusOrDefault()) {
            case "WAITING" -> where.append(" and status in (:waiting)");
            case "ALL" -> {}
            default -> where.append(" and status = :status");
        }
        if (filter.getUnitId() != null) {
            where.append(" and coordinator_unit_id = :unitId");
        }
        if (filter.getCoordinatorId() != null) {
            where.append(" and coordinator_id = :coordinatorId");
        }
        if (filter.isOverdueOnly()) {
            where.append(" and status in (:waiting) and received_on <= :limitDate");
        }
        String order = switch (filter.sortOrDefault()) {
            case "RECEIVED_DESC" -> " order by received_on desc, id";
            case "STATUS" -> " order by status, received_on, id";
            default -> " order by received_on, id";
        };
        LocalDate limitDate = today.minus(rules.requestWaitingLimit());
        long total = params(jdbc.sql("select count(*) from coordinator_request" + where), filter, limitDate)
                .query(Long.class)
                .single();
        var rows = params(jdbc.sql("""
                                select id, family_id, channel, received_on, status, closed_on, coordinator_id,
                                       coordinator_unit_id
                                from coordinator_request""" + where + order + " limit :limit offset :offset"), filter, limitDate)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        RequestChannel.valueOf(rs.getString("channel")),
                        rs.getDate("received_on").toLocalDate(),
                        RequestStatus.valueOf(rs.getString("status")),
                        rs.getDate("closed_on") == null
                                ? null
                                : rs.getDate("closed_on").toLocalDate(),
                        rs.getObject("coordinator_id", UUID.class),
                        rs.getObject("coordinator_unit_id", UUID.class)))
                .list();
        return new PageSlice<>(rows, page, size, total);
    }

    private static JdbcClient.StatementSpec params(
            JdbcClient.StatementSpec spec, WorklistFilter filter, LocalDate limitDate) {
        spec = spec.param("waiting", RequestStatus.waitingNames());
        String status = filter.statusOrDefault();
        if (!"WAITING".equals(status) && !"ALL".equals(status)) {
            spec = spec.param("status", status);
        }
        if (filter.getUnitId() != null) {
            spec = spec.param("unitId", filter.getUnitId());
        }
        if (filter.getCoordinatorId() != null) {
            spec = spec.param("coordinatorId", filter.getCoordinatorId());
        }
        if (filter.isOverdueOnly()) {
            spec = spec.param("limitDate", Date.valueOf(limitDate));
        }
        return spec;
    }

    /** One request on the worklist. */
    record Row(
            UUID id,
            UUID familyId,
            RequestChannel channel,
            LocalDate receivedOn,
            RequestStatus status,
            LocalDate closedOn,
            UUID coordinatorId,
            UUID coordinatorUnitId) {}
}
