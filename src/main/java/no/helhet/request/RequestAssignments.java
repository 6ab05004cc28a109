package no.helhet.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which KE caseworker a request is assigned to ("Tildelt"). Written beside the request's aggregate
 * under its optimistic lock: the assignment names the version it was read at, and a request changed
 * since (by another assignment or by the chain) is refused, never overwritten.
 */
@Service
class RequestAssignments {

    private static final Logger log = LoggerFactory.getLogger(RequestAssignments.class);

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    RequestAssignments(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /** The request's assignee (or none) and the version to send back with a change. */
    @Transactional(readOnly = true)
    Assignment of(UUID requestId) {
        return jdbc.sql("select assigned_caseworker_id, version from coordinator_request where id = :id")
                .param("id", requestId)
                .query((rs, n) ->
                        new Assignment(rs.getObject("assigned_caseworker_id", UUID.class), rs.getInt("version")))
                .optional()
                .orElseThrow(RequestNotFoundException::new);
    }

    /** The active caseworkers and leads of the coordinating unit, who may be assigned a request. */
    @Transactional(readOnly = true)
    List<StaffSummary> caseworkers() {
        return staff.allStaff().stream()
                .filter(s -> s.active() && s.role().coordinatingUnit())
                .toList();
    }

    /** The staff member a request is assigned to (also one since deactivated, whose name stays). */
    @Transactional(readOnly = true)
    Optional<StaffSummary> assignee(UUID staffId) {
        return staff.findStaff(staffId);
    }

    /** Whether this staff member may be assigned a request. */
    Optional<StaffSummary> assignable(UUID staffId) {
        return staff.findStaff(staffId).filter(s -> s.active() && s.role().coordinatingUnit());
    }

    /**
     * Assigns the request to this caseworker, or to no one ({@code null}). A stale version throws
     * {@link OptimisticLockingFailureException}; a caseworker outside KE, {@link IllegalArgumentException}.
     */
    @Transactional
    void assign(UUID requestId, UUID caseworkerId, int version) {
        if (caseworkerId != null && assignable(caseworkerId).isEmpty()) {
            throw new IllegalArgumentException("not a caseworker of the coordinating unit");
        }
        Instant now = Instant.now(clock);
        String by = CurrentStaff.username();
        int changed = jdbc.sql("""
                        update coordinator_request
                           set assigned_caseworker_id = cast(:assignee as uuid), assigned_at = :now, assigned_by = :by,
                               version = version + 1, modified_at = :now, modified_by = :by
                         where id = :id and version = :version""")
                .param("assignee", caseworkerId)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", requestId)
                .param("version", version)
                .update();
        if (changed == 0) {
            of(requestId); // a request that does not exist is not a conflict
            throw new OptimisticLockingFailureException("request changed since it was read");
        }
        log.info("Request {} assigned to {} by {}", requestId, caseworkerId == null ? "no one" : caseworkerId, by);
    }

    /** A request's assignee (null when no one) and its version. */
    record Assignment(UUID caseworkerId, int version) {}
}
