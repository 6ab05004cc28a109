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
 * What the right costs: hours per month given per unit, and a 12-month forecast of families with a
 * coordinator and the hours they will need. Method of the forecast: a straight line fitted by least
 * squares to the families with a coordinator at the end of each of the last 12 months (which
 * carries both new appointments and ends), carried 12 months ahead; hours = forecast families ×
 * the hours per family given today (over the appointments where hours are recorded).
 */
final class Resources {

    static final int FORECAST_MONTHS = 12;

    private Resources() {}

    /** Hours per month given per unit, hidden where the unit's families are hidden or too few. */
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
        for (UnitSummary u : units) {
            if (!byUnit.containsKey(u.id())) {
                continue;
            }
            boolean familiesHidden = now.subList(0, 2).stream()
                    .anyMatch(b -> b.units().containsKey(u.id())
                            && b.units().get(u.id()).suppressed());
            Count h = rule.derived(round(byUnit.get(u.id())), familiesByUnit.get(u.id()));
            rows.add(new Row(
                    List.of(Label.text(u.name()), Label.key("sector." + u.sectorCode())),
                    List.of(familiesHidden ? h.protecting() : h)));
        }
        BigDecimal total = byUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long families =
                familiesByUnit.values().stream().mapToLong(Long::longValue).sum();
        rows.add(new Row(
                List.of(Label.key("dashboard.total"), Label.text("")), List.of(rule.derived(round(total), families))));
        return new DashboardTable(
                "resources",
                "dashboard.resources",
                List.of("appointment.unit", "appointment.sector"),
                List.of("dashboard.hoursGiven"),
                rows);
    }

    /**
     * The forecast, from the families with a coordinator (both kinds) at the end of each of the last
     * 12 months, and today's hours per family.
     */
    static DashboardTable forecast(Suppression rule, YearMonth last, List<Long> lastTwelve, List<Hours> hours) {
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
