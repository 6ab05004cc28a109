package no.helhet.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.FamilyService;
import no.helhet.shared.RulesProperties;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the appointed barnekoordinator, per child, when a child of the family turns 18 within
 * {@code helhet.rules.right-ending-notice} (90 days): the right ends on the 18th birthday, which is
 * the task's due date. While a request is still handled, the request module raises the same task for
 * the caseworker ({@code request.TurningEighteenDuringRequest}).
 */
@Component
class TurningEighteenTasks implements TaskCandidates {

    private final AppointmentService appointments;
    private final FamilyService families;
    private final RulesProperties rules;

    TurningEighteenTasks(AppointmentService appointments, FamilyService families, RulesProperties rules) {
        this.appointments = appointments;
        this.families = families;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<UUID, List<UUID>> coordinators = appointments.activeOn(today).stream()
                .filter(a -> a.kind() == CoordinatorKind.CHILD)
                .collect(Collectors.groupingBy(
                        AppointmentView::familyId,
                        Collectors.mapping(AppointmentView::coordinatorId, Collectors.toList())));
        return families.childrenTurning18(today, today.plus(rules.rightEndingNotice())).stream()
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
