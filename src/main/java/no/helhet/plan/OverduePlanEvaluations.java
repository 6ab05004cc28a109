package no.helhet.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.request.WorkFigure;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans whose next evaluation date has passed: a task for whoever leads the plan work (else the
 * family's appointed coordinator), due on the evaluation date, and the count for the worklist and
 * the leaders' overview.
 */
@Component
public class OverduePlanEvaluations implements TaskCandidates, WorkFigure {

    private final IndividualPlanRepository plans;
    private final AppointmentService appointments;

    OverduePlanEvaluations(IndividualPlanRepository plans, AppointmentService appointments) {
        this.plans = plans;
        this.appointments = appointments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<UUID, List<UUID>> coordinators = appointments.activeOn(today).stream()
                .collect(Collectors.groupingBy(
                        AppointmentView::familyId,
                        Collectors.mapping(AppointmentView::coordinatorId, Collectors.toList())));
        return plans.findByNextEvaluationOnBefore(today).stream()
                .flatMap(p -> (p.leadStaffId() != null
                                ? List.of(p.leadStaffId())
                                : coordinators.getOrDefault(p.familyId(), List.of()))
                        .stream()
                                .distinct()
                                .map(owner -> new TaskCandidate(
                                        TaskSource.PLAN_EVALUATION_OVERDUE,
                                        p.id(),
                                        owner,
                                        p.familyId(),
                                        p.nextEvaluationOn())))
                .toList();
    }

    /** How many plans are past their evaluation date on a day. */
    @Transactional(readOnly = true)
    public long countOverdue(LocalDate today) {
        return plans.countByNextEvaluationOnBefore(today);
    }

    @Override
    public String labelKey() {
        return "plan.overdueEvaluations";
    }

    @Override
    public long count(LocalDate today) {
        return countOverdue(today);
    }
}
