package no.helhet.request;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
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
 * The right ends at 18 also while a request is still handled: for each child of a waiting request
 * who turns 18 within {@code helhet.rules.right-ending-notice}, a task for the caseworker who
 * registered the request, one per child, due on the 18th birthday. After the appointment the
 * coordinator gets the same task ({@code appointment.TurningEighteenTasks}).
 */
@Component
class TurningEighteenDuringRequest implements TaskCandidates {

    private final JdbcClient jdbc;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final RulesProperties rules;

    TurningEighteenDuringRequest(JdbcClient jdbc, FamilyService families, StaffDirectory staff, RulesProperties rules) {
        this.jdbc = jdbc;
        this.families = families;
        this.staff = staff;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<UUID, ChildSummary> turning =
                families.childrenTurning18(today, today.plus(rules.rightEndingNotice())).stream()
                        .collect(Collectors.toMap(ChildSummary::id, c -> c));
        if (turning.isEmpty()) {
            return List.of();
        }
        Map<String, Optional<StaffSummary>> caseworkers = new HashMap<>();
        return jdbc
                .sql("""
                        select distinct c.child_id, r.family_id, r.created_by
                        from coordinator_request r join coordinator_request_child c on c.coordinator_request_id = r.id
                        where r.status in (:waiting) and c.child_id in (:children)
                        """)
                .param("waiting", RequestStatus.waitingNames())
                .param("children", Set.copyOf(turning.keySet()))
                .query((rs, n) -> new Waiting(
                        rs.getObject("child_id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getString("created_by")))
                .list()
                .stream()
                .flatMap(w -> caseworkers
                        .computeIfAbsent(w.createdBy(), staff::findStaffByUsername)
                        .map(s -> new TaskCandidate(
                                TaskSource.TURNING_18,
                                w.childId(),
                                s.id(),
                                w.familyId(),
                                turning.get(w.childId()).turns18On().orElseThrow()))
                        .stream())
                .toList();
    }

    private record Waiting(UUID childId, UUID familyId, String createdBy) {}
}
