package no.helhet.report;

import static no.helhet.report.DashboardTable.Label;
import static no.helhet.report.DashboardTable.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.appointment.AppointmentStatistics.Hours;
import no.helhet.staff.UnitSummary;

/**
 * What the right costs: hours per month given per unit against the unit's coordinator capacity, and
 * families per coordinator; and a 12-month forecast of families with a
 * coordinator and the hours they will need. Method of the forecast: a straight line fitted by least
 * squares to the families with a coordinator at the end of each of the last 12 months (which
 * carries both new appointments and ends), carried 12 months ahead; hours = forecast families ×
 * the hours per family given today (over the appointments where hours are recorded); the hours are
 * hidden when the municipality's hours given are (they would give those hours back).
 */
final class Resources {

    static final int FORECAST_MONTHS = 12;

    private Resources() {}

    /**
     * Per unit: hours per month given, the unit's coordinator capacity, the share of it used, and
     * families per coordinator; then the whole municipality. Hours (and so the share) are hidden where
     * the unit's families are hidden or too few; the total hours where a single unit's hidden hours
     * (or hidden hours over too few families) would follow from it by subtraction. Families per
     * coordinator are hidden where the unit's families or coordinators are (the ratio and the one
     * would give the other).
     *
     * @param now the four breakdowns of today: families and coordinators of each kind
     */
    static DashboardTable hoursByUnit(
            Suppression rule,
            List<UnitSummary> units,
            Map<UUID, UUID> unitOfStaff,
            List<Hours> hours,
            List<Breakdown> now) {
        Map<UUID, BigDecimal> byUnit = new HashMap<>();
        Map<UUID, Long> familiesByUnit = new HashMap<>();
        for (Hours h : hours) {
            UUID unit = unitOfStaff.get(h.coordinatorId());
            if (unit != null) {
                byUnit.merge(unit, h.hours(), BigDecimal::add);
                familiesByUnit.merge(unit, h.families(), Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        int hiddenWithHours = 0;
        long familiesBehindHidden = 0;
        BigDecimal capacity = BigDecimal.ZERO;
        boolean everyUnitWithHoursHasCapacity = true;
        for (UnitSummary u : units) {
            boolean hasCoordinators = now.stream().anyMatch(b -> b.units().containsKey(u.id()));
            if (!byUnit.containsKey(u.id()) && u.coordinatorCapacity() == null && !hasCoordinators) {
                continue;
            }
            BigDecimal given = byUnit.getOrDefault(u.id(), BigDecimal.ZERO);
            long behind = familiesByUnit.getOrDefault(u.id(), 0L);
            boolean familiesHidden = now.subList(0, 2).stream()
                    .anyMatch(b -> b.units().containsKey(u.id())
                            && b.units().get(u.id()).suppressed());
            Count h = behind == 0 ? rule.count(0) : rule.derived(round(given), behind);
            h = familiesHidden ? h.protecting() : h;
            if (h.suppressed() && h.value() > 0) {
                hiddenWithHours++;
                familiesBehindHidden += behind;
            }
            if (u.coordinatorCapacity() != null) {
                capacity = capacity.add(u.coordinatorCapacity());
            } else if (given.signum() > 0) {
                everyUnitWithHoursHasCapacity = false;
            }
            rows.add(new Row(
                    List.of(Label.text(u.name()), Label.key("sector." + u.sectorCode())),
                    Arrays.asList(
                            h,
                            u.coordinatorCapacity() == null ? null : rule.count(round(u.coordinatorCapacity())),
                            share(h, given, u.coordinatorCapacity()),
                            perCoordinator(rule, now, b -> b.units().get(u.id())))));
        }
        BigDecimal total = byUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long families =
                familiesByUnit.values().stream().mapToLong(Long::longValue).sum();
        Count t = families == 0 ? rule.count(0) : rule.derived(round(total), families);
        if (hiddenWithHours == 1 || (hiddenWithHours > 1 && familiesBehindHidden < rule.limit())) {
            t = t.protecting();
        }
        rows.add(new Row(
                List.of(Label.key("dashboard.total"), Label.text("")),
                Arrays.asList(
                        t,
                        rule.count(round(capacity)),
                        everyUnitWithHoursHasCapacity ? share(t, total, capacity) : null,
                        perCoordinator(rule, now, Breakdown::whole))));
        return new DashboardTable(
                "resources",
                "dashboard.resources",
                List.of("appointment.unit", "appointment.sector"),
                List.of(
                        "dashboard.hoursGiven",
                        "dashboard.capacity",
                        "dashboard.capacityUsed",
                        "dashboard.familiesPerCoordinator"),
                rows);
    }

    /** Hours given as a share (per cent) of the capacity, hidden with the hours; empty without a capacity. */
    private static Count share(Count hours, BigDecimal given, BigDecimal capacity) {
        if (capacity == null || capacity.signum() == 0) {
            return null;
        }
        long percent = given.multiply(BigDecimal.valueOf(100))
                .divide(capacity, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Count(percent, hours.suppressBelow(), hours.hiding());
    }

    /**
     * Families (both kinds) per coordinator (both kinds), to one decimal; hidden when any of the
     * four figures behind it is hidden, or when the families or the coordinators are too few.
     */
    private static Count perCoordinator(
            Suppression rule, List<Breakdown> now, java.util.function.Function<Breakdown, Count> cell) {
        List<Count> cells = now.stream().map(cell).toList();
        if (cells.stream().anyMatch(java.util.Objects::isNull)) {
            cells = cells.stream().map(c -> c == null ? rule.count(0) : c).toList();
        }
        long families = cells.get(0).value() + cells.get(1).value();
        long coordinators = cells.get(2).value() + cells.get(3).value();
        if (coordinators == 0) {
            return null;
        }
        long tenths = Math.round(families * 10.0 / coordinators);
        boolean hidden = cells.stream().anyMatch(Count::suppressed);
        if (families < rule.limit() || coordinators < rule.limit()) {
            return new Count(tenths, rule.limit(), Count.Hiding.TOO_FEW_BEHIND, 1);
        }
        return new Count(tenths, rule.limit(), hidden ? Count.Hiding.PROTECTS_SMALL : Count.Hiding.NONE, 1);
    }

    /**
     * The forecast, from the families with a coordinator (both kinds) at the end of each of the last
     * 12 months, and today's hours per family.
     */
    static DashboardTable forecast(
            Suppression rule, YearMonth last, List<Long> lastTwelve, List<Hours> hours, boolean hoursHidden) {
        double[] line = fit(lastTwelve);
        long families = hours.stream().mapToLong(Hours::families).sum();
        BigDecimal given = hours.stream().map(Hours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        double perFamily = families == 0 ? 0 : given.doubleValue() / families;
        long basis = lastTwelve.isEmpty() ? 0 : lastTwelve.get(lastTwelve.size() - 1);
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= FORECAST_MONTHS; k++) {
            long expected = Math.max(0, Math.round(line[0] + line[1] * (lastTwelve.size() - 1 + k)));
            Count f = rule.derived((int) expected, basis);
            Count h = families == 0
                    ? null
                    : rule.derived((int) Math.round(expected * perFamily), Math.min(basis, families));
            h = h != null && hoursHidden ? h.protecting() : h;
            rows.add(new Row(List.of(Label.text(last.plusMonths(k).toString())), Arrays.asList(f, h)));
        }
        return new DashboardTable(
                "forecast",
                "dashboard.forecast",
                List.of("dashboard.month"),
                List.of("dashboard.forecastFamilies", "dashboard.forecastHours"),
                rows);
    }

    /** Intercept and slope of the least-squares line through (0, y0), (1, y1), … */
    static double[] fit(List<Long> ys) {
        int n = ys.size();
        if (n == 0) {
            return new double[] {0, 0};
        }
        double meanX = (n - 1) / 2.0;
        double meanY = ys.stream().mapToLong(Long::longValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (ys.get(i) - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {meanY - slope * meanX, slope};
    }

    private static Integer round(BigDecimal hours) {
        return hours.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
