package no.helhet.request;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ListSort;
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
        if (filter.assignedToNoOne()) {
            where.append(" and assigned_caseworker_id is null");
        } else if (filter.assignedCaseworker() != null) {
            where.append(" and assigned_caseworker_id = :assigned");
        }
        if (filter.isOverdueOnly()) {
            where.append(" and status in (:waiting) and received_on <= :limitDate");
        }
        ListSort sort = filter.listSort();
        String order = sort.orderBy();
        LocalDate limitDate = today.minus(rules.requestWaitingLimit());
        long total = params(jdbc.sql("select count(*) from coordinator_request" + where), filter, limitDate)
                .query(Long.class)
                .single();
        var rows = params(jdbc.sql("""
                                select id, family_id, channel, received_on, status, closed_on, coordinator_id,
                                       coordinator_unit_id, assigned_caseworker_id
                                from coordinator_request""" + where + order + " limit :limit offset :offset"), filter, limitDate)
                .param("today", Date.valueOf(today))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs))
                .list();
        return new PageSlice<>(rows, page, size, total);
    }

    /** "Mine saker": the requests assigned to this caseworker that still wait, sorted and paged in SQL. */
    PageSlice<Row> assignedTo(UUID caseworkerId, ListSort sort, LocalDate today, int page, int size) {
        String where = " where assigned_caseworker_id = :assigned and status in (:waiting)";
        long total = jdbc.sql("select count(*) from coordinator_request" + where)
                .param("assigned", caseworkerId)
                .param("waiting", RequestStatus.waitingNames())
                .query(Long.class)
                .single();
        var rows = jdbc.sql("""
                        select id, family_id, channel, received_on, status, closed_on, coordinator_id,
                               coordinator_unit_id, assigned_caseworker_id
                        from coordinator_request""" + where + sort.orderBy() + " limit :limit offset :offset")
                .param("assigned", caseworkerId)
                .param("waiting", RequestStatus.waitingNames())
                .param("today", Date.valueOf(today))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs))
                .list();
        return new PageSlice<>(rows, page, size, total);
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                RequestChannel.valueOf(rs.getString("channel")),
                rs.getDate("received_on").toLocalDate(),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate(),
                rs.getObject("coordinator_id", UUID.class),
                rs.getObject("coordinator_unit_id", UUID.class),
                rs.getObject("assigned_caseworker_id", UUID.class));
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
        if (filter.assignedCaseworker() != null && !filter.assignedToNoOne()) {
            spec = spec.param("assigned", filter.assignedCaseworker());
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
            UUID coordinatorUnitId,
            UUID assignedCaseworkerId) {

        /** The step of the chain the request stands at. */
        public CaseStep step() {
            return CaseStep.current(status);
        }
    }
}
