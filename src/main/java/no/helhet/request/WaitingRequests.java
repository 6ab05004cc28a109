package no.helhet.request;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests where the family still waits ({@link RequestStatus#WAITING}): the figures for the
 * leaders' overview, and a task for the caseworker who registered a request once it has waited
 * past the limit.
 */
@Component
public class WaitingRequests implements TaskCandidates {

    private final JdbcClient jdbc;
    private final RulesProperties rules;
    private final StaffDirectory staff;

    WaitingRequests(JdbcClient jdbc, RulesProperties rules, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.staff = staff;
    }

    /** How many requests wait. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from coordinator_request where status in (:waiting)")
                .param("waiting", RequestStatus.waitingNames())
                .query(Long.class)
                .single();
    }

    /** How many requests have waited past the limit on a date. */
    @Transactional(readOnly = true)
    public long countPastLimit(LocalDate today) {
        return jdbc.sql("select count(*) from coordinator_request where status in (:waiting) and received_on <= :limit")
                .param("waiting", RequestStatus.waitingNames())
                .param("limit", Date.valueOf(limitDate(today)))
                .query(Long.class)
                .single();
    }

    /** The median number of days the waiting requests have waited on a date. */
    @Transactional(readOnly = true)
    public Optional<Long> medianDaysWaiting(LocalDate today) {
        return jdbc.sql("select percentile_disc(0.5) within group (order by :today - received_on)"
                        + " from coordinator_request where status in (:waiting)")
                .param("today", Date.valueOf(today))
                .param("waiting", RequestStatus.waitingNames())
                .query(Long.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<String, Optional<StaffSummary>> caseworkers = new HashMap<>();
        return jdbc
                .sql("""
                        select id, family_id, created_by from coordinator_request
                        where status in (:waiting) and received_on <= :limit
                        """)
                .param("waiting", RequestStatus.waitingNames())
                .param("limit", Date.valueOf(limitDate(today)))
                .query((rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getString("created_by")))
                .list()
                .stream()
                .flatMap(w -> caseworkers
                        .computeIfAbsent(w.createdBy(), staff::findStaffByUsername)
                        .map(s -> new TaskCandidate(TaskSource.REQUEST_WAITING, w.id(), s.id(), w.familyId(), today))
                        .stream())
                .toList();
    }

    private LocalDate limitDate(LocalDate today) {
        return today.minus(rules.requestWaitingLimit());
    }

    private record Waiting(UUID id, UUID familyId, String createdBy) {}
}
