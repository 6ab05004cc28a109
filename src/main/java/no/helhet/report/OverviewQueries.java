package no.helhet.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.CoordinatorKind;
import no.helhet.decision.DecisionCounts;
import no.helhet.request.WaitingRequests;
import no.helhet.request.WorkFigure;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's numbers, each from a query of the module that owns it (appointments, waiting
 * requests, decisions); only aggregates leave this class.
 */
@Component
class OverviewQueries {

    private final AppointmentService appointments;
    private final WaitingRequests waitingRequests;
    private final DecisionCounts decisions;
    private final StaffDirectory staff;
    private final ReportProperties report;
    private final Clock clock;
    private final List<WorkFigure> figures;

    OverviewQueries(
            AppointmentService appointments,
            WaitingRequests waitingRequests,
            DecisionCounts decisions,
            StaffDirectory staff,
            ReportProperties report,
            Clock clock,
            List<WorkFigure> figures) {
        this.appointments = appointments;
        this.waitingRequests = waitingRequests;
        this.decisions = decisions;
        this.staff = staff;
        this.report = report;
        this.clock = clock;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    Overview overview() {
        LocalDate today = LocalDate.now(clock);
        List<AppointmentView> active = appointments.activeOn(today);
        long waiting = waitingRequests.count();
        Long median = waiting < report.suppressBelow()
                ? null
                : waitingRequests.medianDaysWaiting(today).orElse(null);
        var outcomes = decisions.byOutcomeSince(today.withDayOfYear(1)).entrySet().stream()
                .map(e -> new Overview.OutcomeRow(e.getKey(), count(e.getValue())))
                .toList();
        return new Overview(
                count(families(active, CoordinatorKind.CHILD)),
                count(families(active, CoordinatorKind.GENERAL)),
                count(waiting),
                count(waitingRequests.countPastLimit(today)),
                median,
                outcomes,
                byUnit(active),
                figures.stream()
                        .map(f -> new Overview.FigureRow(f.labelKey(), count(f.count(today))))
                        .toList());
    }

    private static long families(List<AppointmentView> active, CoordinatorKind kind) {
        return active.stream()
                .filter(a -> a.kind() == kind)
                .map(AppointmentView::familyId)
                .distinct()
                .count();
    }

    /** Families with an active appointment, by the coordinator's unit. */
    private List<Overview.UnitRow> byUnit(List<AppointmentView> active) {
        Map<UUID, StaffSummary> coordinators = staff.staffByIds(
                active.stream().map(AppointmentView::coordinatorId).toList());
        Map<UUID, UnitSummary> units =
                staff.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Map<UUID, Set<UUID>> familiesByUnit = active.stream()
                .filter(a -> coordinators.containsKey(a.coordinatorId())
                        && units.containsKey(coordinators.get(a.coordinatorId()).unitId()))
                .collect(Collectors.groupingBy(
                        a -> coordinators.get(a.coordinatorId()).unitId(),
                        Collectors.mapping(AppointmentView::familyId, Collectors.toSet())));
        return familiesByUnit.entrySet().stream()
                .map(e -> new Overview.UnitRow(
                        units.get(e.getKey()).name(),
                        units.get(e.getKey()).sectorCode(),
                        count(e.getValue().size())))
                .sorted(Comparator.comparing(
                                (Overview.UnitRow r) -> r.families().value())
                        .reversed()
                        .thenComparing(Overview.UnitRow::unit))
                .toList();
    }

    private Count count(long value) {
        return new Count(value, report.suppressBelow());
    }
}
