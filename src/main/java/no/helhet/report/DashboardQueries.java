package no.helhet.report;

import static no.helhet.report.DashboardTable.Label;
import static no.helhet.report.DashboardTable.Row;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.helhet.appointment.AppointmentStatistics;
import no.helhet.appointment.AppointmentStatistics.Caseload;
import no.helhet.appointment.CoordinatorKind;
import no.helhet.complaint.ComplaintStatistics;
import no.helhet.decision.DecisionCounts;
import no.helhet.decision.DecisionOutcome;
import no.helhet.plan.PlanStatistics;
import no.helhet.request.RequestStatistics;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's tables, each figure counted by the database in the module that owns it
 * (appointments, requests, decisions) and passed through the suppression rule here; only
 * aggregates leave this class.
 */
@Component
class DashboardQueries {

    static final int TREND_MONTHS = 24;

    private static final List<String> FOUR_COLUMNS = List.of(
            "dashboard.families.CHILD",
            "dashboard.families.GENERAL",
            "dashboard.coordinators.CHILD",
            "dashboard.coordinators.GENERAL");

    private final AppointmentStatistics appointments;
    private final RequestStatistics requests;
    private final DecisionCounts decisions;
    private final PlanStatistics plans;
    private final ComplaintStatistics complaints;
    private final StaffDirectory staff;
    private final DashboardSettings settings;

    DashboardQueries(
            AppointmentStatistics appointments,
            RequestStatistics requests,
            DecisionCounts decisions,
            PlanStatistics plans,
            ComplaintStatistics complaints,
            StaffDirectory staff,
            DashboardSettings settings) {
        this.appointments = appointments;
        this.requests = requests;
        this.decisions = decisions;
        this.plans = plans;
        this.complaints = complaints;
        this.staff = staff;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(DashboardFilter filter) {
        Suppression rule = new Suppression(settings.suppressBelow());
        LocalDate today = settings.today();
        int year = filter.yearOr(today);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        LocalDate stockDay = year == today.getYear() ? today : until.minusDays(1);
        Organisation org = new Organisation(staff.allStaff(), staff.units());
        List<Caseload> loads = appointments.caseloads(stockDay);
        List<Breakdown> now = breakdowns(rule, org, loads, appointments.familiesByKind(stockDay));
        DashboardTable resources = Resources.hoursByUnit(
                rule, org.units(), org.unitOfStaff(), appointments.hoursByCoordinator(stockDay), now);
        boolean hoursHidden = resources
                .rows()
                .get(resources.rows().size() - 1)
                .counts()
                .get(0)
                .suppressed();
        List<DashboardTable> tables = new ArrayList<>(List.of(
                now(rule, filter, now, filter.all() ? plans.childrenWithPlan(stockDay) : null),
                requestsInYear(rule, from, until),
                durations(rule, from, until),
                waiting(rule, today)));
        if (filter.all()) {
            tables.add(complaints(rule, from, until));
        }
        tables.addAll(List.of(
                byUnit(org, now),
                bySector(now),
                caseloads(rule, loads),
                trend(rule, filter, org, stockDay),
                resources,
                forecast(rule, stockDay, hoursHidden)));
        return new Dashboard(filter, year, years(today), org.units(), sectors(org.units()), rule.limit(), tables);
    }

    /** Who is in which unit, and which unit in which sector. */
    private record Organisation(List<StaffSummary> people, List<UnitSummary> units) {

        Map<UUID, UUID> unitOfStaff() {
            return people.stream()
                    .filter(s -> s.unitId() != null)
                    .collect(Collectors.toMap(StaffSummary::id, StaffSummary::unitId));
        }

        Map<UUID, String> sectorOfUnit() {
            return units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::sectorCode));
        }
    }

    /**
     * The four breakdowns by unit and sector, in the order of {@link #FOUR_COLUMNS}: families with a
     * child coordinator, with a general coordinator, then child coordinators and general ones.
     */
    private static List<Breakdown> breakdowns(
            Suppression rule, Organisation org, List<Caseload> loads, Map<CoordinatorKind, Long> families) {
        Map<UUID, UUID> unitOf = org.unitOfStaff();
        Map<UUID, String> sectorOf = org.sectorOfUnit();
        List<Breakdown> result = new ArrayList<>();
        for (boolean countCoordinators : new boolean[] {false, true}) {
            for (CoordinatorKind kind : CoordinatorKind.values()) {
                Map<UUID, Long> byUnit = new HashMap<>();
                long coordinators = 0;
                for (Caseload c : loads) {
                    UUID unit = unitOf.get(c.coordinatorId());
                    if (c.kind() == kind && unit != null) {
                        byUnit.merge(unit, countCoordinators ? 1 : c.families(), Long::sum);
                        coordinators++;
                    }
                }
                long whole = countCoordinators ? coordinators : families.get(kind);
                result.add(Breakdown.of(rule, whole, byUnit, sectorOf));
            }
        }
        return result;
    }

    /**
     * Families by kind of coordinator (the filter's cell), and children with an individual plan: for
     * the whole municipality only, as a plan belongs to no unit.
     */
    private static DashboardTable now(
            Suppression rule, DashboardFilter filter, List<Breakdown> breakdowns, Long childrenWithPlan) {
        List<Row> rows = new ArrayList<>();
        CoordinatorKind[] kinds = CoordinatorKind.values();
        for (int k = 0; k < kinds.length; k++) {
            rows.add(row("dashboard.families." + kinds[k], breakdowns.get(k).select(filter, rule.limit())));
        }
        if (childrenWithPlan != null) {
            rows.add(row("dashboard.childrenWithPlan", rule.count(childrenWithPlan)));
        }
        return new DashboardTable(
                "now", "dashboard.now", List.of("dashboard.figure"), List.of("overview.families"), rows);
    }

    private DashboardTable requestsInYear(Suppression rule, LocalDate from, LocalDate until) {
        Map<DecisionOutcome, Long> outcomes = decisions.byOutcomeBetween(from, until);
        List<Count> parts = rule.group(new ArrayList<>(outcomes.values()));
        long decided = outcomes.values().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = new ArrayList<>();
        rows.add(row("dashboard.received", rule.count(requests.received(from, until))));
        rows.add(row("dashboard.decided", rule.count(decided)));
        int i = 0;
        for (DecisionOutcome o : outcomes.keySet()) {
            rows.add(row("decision.outcome." + o.name(), parts.get(i++)));
        }
        return new DashboardTable(
                "requests", "dashboard.requests", List.of("dashboard.figure"), List.of("dashboard.count"), rows);
    }

    /**
     * Complaints received in the year, by kind and by where they stand (the reconsideration, then
     * Statsforvalteren's outcome): two groups of parts of the same total, each suppressed as a group.
     * For the whole municipality only, as a complaint belongs to no unit.
     */
    private DashboardTable complaints(Suppression rule, LocalDate from, LocalDate until) {
        Map<no.helhet.complaint.ComplaintKind, Long> kinds = complaints.byKind(from, until);
        Map<ComplaintStatistics.Outcome, Long> outcomes = complaints.byOutcome(from, until);
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        Count totalCount = rule.count(total);
        List<Row> rows = new ArrayList<>();
        rows.add(row("dashboard.complaints.received", totalCount));
        List<Count> kindCounts = rule.group(new ArrayList<>(kinds.values()), totalCount.suppressed());
        int i = 0;
        for (var k : kinds.keySet()) {
            rows.add(row("dashboard.complaints.kind." + k.name(), kindCounts.get(i++)));
        }
        List<Count> outcomeCounts = rule.group(new ArrayList<>(outcomes.values()), totalCount.suppressed());
        i = 0;
        for (var o : outcomes.keySet()) {
            rows.add(row("dashboard.complaints.outcome." + o.name(), outcomeCounts.get(i++)));
        }
        return new DashboardTable(
                "complaints", "dashboard.complaints", List.of("dashboard.figure"), List.of("dashboard.count"), rows);
    }

    private DashboardTable durations(Suppression rule, LocalDate from, LocalDate until) {
        List<Row> rows = List.of(
                durationRow(rule, "dashboard.daysToDecision", requests.daysToDecision(from, until)),
                durationRow(rule, "dashboard.daysToAppointment", requests.daysToAppointment(from, until)));
        return new DashboardTable(
                "durations",
                "dashboard.durations",
                List.of("dashboard.figure"),
                List.of("dashboard.counted", "dashboard.median", "dashboard.p90"),
                rows);
    }

    private static Row durationRow(Suppression rule, String key, RequestStatistics.Durations d) {
        return new Row(
                List.of(Label.key(key)),
                Arrays.asList(
                        rule.count(d.count()), rule.derived(d.median(), d.count()), rule.derived(d.p90(), d.count())));
    }

    private DashboardTable waiting(Suppression rule, LocalDate today) {
        Map<String, Long> bands = requests.waitingByAge(today);
        List<Count> counts = rule.group(new ArrayList<>(bands.values()));
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (String band : bands.keySet()) {
            rows.add(row("dashboard.age." + band, counts.get(i++)));
        }
        rows.add(row(
                "dashboard.total",
                rule.count(bands.values().stream().mapToLong(Long::longValue).sum())));
        return new DashboardTable(
                "waiting", "dashboard.waiting", List.of("dashboard.waitedFor"), List.of("dashboard.count"), rows);
    }

    /** Families and coordinators per unit, each kind in its own columns. */
    private static DashboardTable byUnit(Organisation org, List<Breakdown> breakdowns) {
        List<Row> rows = new ArrayList<>();
        for (UnitSummary u : org.units()) {
            if (breakdowns.stream().anyMatch(b -> b.units().containsKey(u.id()))) {
                rows.add(new Row(
                        List.of(Label.text(u.name()), Label.key("sector." + u.sectorCode())),
                        breakdowns.stream()
                                .map(b -> b.units().getOrDefault(u.id(), zero(b)))
                                .toList()));
            }
        }
        return new DashboardTable(
                "units", "overview.byUnit", List.of("appointment.unit", "appointment.sector"), FOUR_COLUMNS, rows);
    }

    private static DashboardTable bySector(List<Breakdown> breakdowns) {
        List<Row> rows = breakdowns.stream()
                .flatMap(b -> b.sectors().keySet().stream())
                .distinct()
                .sorted()
                .map(code -> new Row(
                        List.of(Label.key("sector." + code)),
                        breakdowns.stream()
                                .map(b -> b.sectors().getOrDefault(code, zero(b)))
                                .toList()))
                .toList();
        return new DashboardTable("sectors", "dashboard.bySector", List.of("appointment.sector"), FOUR_COLUMNS, rows);
    }

    private static Count zero(Breakdown b) {
        return new Count(0, b.whole().suppressBelow());
    }

    /** How many coordinators have 1, 2–3, 4–6, 7–10 or more than 10 families, per kind. */
    private static DashboardTable caseloads(Suppression rule, List<Caseload> loads) {
        long[][] bands = new long[5][2];
        for (Caseload c : loads) {
            long n = c.families();
            int band = n <= 1 ? 0 : n <= 3 ? 1 : n <= 6 ? 2 : n <= 10 ? 3 : 4;
            bands[band][c.kind() == CoordinatorKind.CHILD ? 0 : 1]++;
        }
        List<Count> child = rule.group(Arrays.stream(bands).map(b -> b[0]).toList());
        List<Count> general = rule.group(Arrays.stream(bands).map(b -> b[1]).toList());
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < bands.length; b++) {
            rows.add(new Row(List.of(Label.key("dashboard.caseload." + b)), List.of(child.get(b), general.get(b))));
        }
        return new DashboardTable(
                "caseloads",
                "dashboard.caseloads",
                List.of("dashboard.familiesPerCoordinator"),
                List.of("dashboard.coordinators.CHILD", "dashboard.coordinators.GENERAL"),
                rows);
    }

    /**
     * The 24 months up to the period's end: requests received (suppressed as parts of their
     * calendar year's total, which the period filter shows) and families with a coordinator at
     * each month's end (under a filter, the unit's or sector's cell of that month's breakdown).
     */
    private DashboardTable trend(Suppression rule, DashboardFilter filter, Organisation org, LocalDate day) {
        YearMonth last = YearMonth.from(day);
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, Long> received =
                requests.receivedPerMonth(YearMonth.of(first.getYear(), 1), YearMonth.of(last.getYear(), 12));
        Map<YearMonth, Count> receivedShown = new HashMap<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            int year = y;
            List<YearMonth> months =
                    received.keySet().stream().filter(m -> m.getYear() == year).toList();
            List<Count> counts = rule.group(months.stream().map(received::get).toList());
            for (int i = 0; i < months.size(); i++) {
                receivedShown.put(months.get(i), counts.get(i));
            }
        }
        var families = appointments.familiesPerMonth(first, last);
        var loads = appointments.caseloadsPerMonth(first, last);
        List<Row> rows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            List<Count> counts = new ArrayList<>();
            counts.add(receivedShown.get(m));
            List<Breakdown> month = breakdowns(rule, org, loads.get(m), families.get(m));
            for (int k = 0; k < CoordinatorKind.values().length; k++) {
                counts.add(month.get(k).select(filter, rule.limit()));
            }
            rows.add(new Row(List.of(Label.text(m.toString())), counts));
        }
        return new DashboardTable(
                "trend",
                "dashboard.trend",
                List.of("dashboard.month"),
                List.of("dashboard.received", "dashboard.families.CHILD", "dashboard.families.GENERAL"),
                rows);
    }

    /** The 12-month forecast from the last 12 months' families with a coordinator (both kinds). */
    private DashboardTable forecast(Suppression rule, LocalDate day, boolean hoursHidden) {
        YearMonth last = YearMonth.from(day);
        List<Long> twelve = appointments.familiesPerMonth(last.minusMonths(11), last).values().stream()
                .map(kinds -> kinds.values().stream().mapToLong(Long::longValue).sum())
                .toList();
        return Resources.forecast(rule, last, twelve, appointments.hoursByCoordinator(day), hoursHidden);
    }

    private static Row row(String key, Count count) {
        return new Row(List.of(Label.key(key)), List.of(count));
    }

    private static List<Integer> years(LocalDate today) {
        return IntStream.rangeClosed(0, 4).mapToObj(i -> today.getYear() - i).toList();
    }

    private static List<String> sectors(List<UnitSummary> units) {
        return units.stream().map(UnitSummary::sectorCode).distinct().sorted().toList();
    }
}
