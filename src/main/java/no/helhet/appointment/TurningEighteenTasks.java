package no.helhet.appointment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helhet.family.FamilyService;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the appointed barnekoordinator and for the caseworker in KE who appointed them, per
 * child, when a child of the family turns 18 within
 * {@code helhet.rules.right-ending-notice} (90 days): the right ends on the 18th birthday, which is
 * the task's due date. KE decides: extend (as far as the policy {@code extension-up-to-age}
 * allows), move to the general coordinator (a conversion) or end. An extended appointment gets no
 * more of these. While a request is still handled, the request module raises the same task for
 * the caseworker ({@code request.TurningEighteenDuringRequest}).
 */
@Component
class TurningEighteenTasks implements TaskCandidates {

    private final AppointmentRepository appointments;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final RulesProperties rules;

    TurningEighteenTasks(
            AppointmentRepository appointments, FamilyService families, StaffDirectory staff, RulesProperties rules) {
        this.appointments = appointments;
        this.families = families;
        this.staff = staff;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<String, Optional<UUID>> caseworkers = new HashMap<>();
        Map<UUID, List<UUID>> coordinators = appointments.findActiveOn(today).stream()
                .filter(a -> a.kind() == CoordinatorKind.CHILD && a.extendedTo() == null)
                .collect(Collectors.groupingBy(
                        Appointment::familyId,
                        Collectors.flatMapping(
                                a -> Stream.concat(
                                        Stream.of(a.coordinatorId()),
                                        caseworkers
                                                .computeIfAbsent(
                                                        a.createdBy(),
                                                        u -> staff.findStaffByUsername(u)
                                                                .map(StaffSummary::id))
                                                .stream()),
                                Collectors.toList())));
        return families.childrenTurning18(today, today.plus(rules.rightEndingNotice())).stream()
                .flatMap(c -> coordinators.getOrDefault(c.familyId(), List.of()).stream()
                        .distinct()
                        .map(owner -> new TaskCandidate(
                                TaskSource.TURNING_18,
                                c.id(),
                                owner,
                                c.familyId(),
                                c.turns18On().orElseThrow())))
                .toList();
    }
}
