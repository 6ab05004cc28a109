package no.helhet.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.FamilyService;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the appointed barnekoordinator when a child of the family turns 18 within 90 days:
 * the right ends on the 18th birthday, which is the task's due date.
 */
@Component
class TurningEighteenTasks implements TaskCandidates {

    static final int WITHIN_DAYS = 90;

    private final AppointmentService appointments;
    private final FamilyService families;

    TurningEighteenTasks(AppointmentService appointments, FamilyService families) {
        this.appointments = appointments;
        this.families = families;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<UUID, List<UUID>> coordinators = appointments.activeOn(today).stream()
                .filter(a -> a.kind() == CoordinatorKind.CHILD)
                .collect(Collectors.groupingBy(
                        AppointmentView::familyId,
                        Collectors.mapping(AppointmentView::coordinatorId, Collectors.toList())));
        return families.childrenTurning18(today, today.plusDays(WITHIN_DAYS)).stream()
                .flatMap(c -> coordinators.getOrDefault(c.familyId(), List.of()).stream()
                        .map(owner -> new TaskCandidate(
                                TaskSource.TURNING_18,
                                c.id(),
                                owner,
                                c.familyId(),
                                c.turns18On().orElseThrow())))
                .toList();
    }
}
