package no.helhet.appointment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of appointments for the leaders' dashboard, counted by the database: families with a
 * coordinator of each kind, each coordinator's caseload, and both month by month. A family counts
 * once per kind (and per coordinator) however many children or appointments it has.
 */
@Component
public class AppointmentStatistics {

    private static final String MONTH_ENDS = """
            (select (m + interval '1 month' - interval '1 day')::date as month_end
             from generate_series(:first::date, :last::date, interval '1 month') as m) d
            join appointment a on a.starts_on <= d.month_end and (a.ended_on is null or a.ended_on > d.month_end)
            """;

    private final JdbcClient jdbc;

    AppointmentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Families with an active appointment on a date, per kind of coordinator. */
    @Transactional(readOnly = true)
    public Map<CoordinatorKind, Long> familiesByKind(LocalDate date) {
        Map<CoordinatorKind, Long> counts = zeroes();
        jdbc.sql("select kind, count(distinct family_id) as n from appointment where " + Appointment.ACTIVE_ON_DATE_SQL
                        + " group by kind")
                .param("date", Date.valueOf(date))
                .query((rs, n) -> counts.put(CoordinatorKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Each coordinator's families with an active appointment on a date, per kind. */
    @Transactional(readOnly = true)
    public List<Caseload> caseloads(LocalDate date) {
        return jdbc.sql("select coordinator_id, kind, count(distinct family_id) as n from appointment where "
                        + Appointment.ACTIVE_ON_DATE_SQL + " group by coordinator_id, kind")
                .param("date", Date.valueOf(date))
                .query((rs, n) -> new Caseload(
                        rs.getObject("coordinator_id", UUID.class),
                        CoordinatorKind.valueOf(rs.getString("kind")),
                        rs.getLong("n")))
                .list();
    }

    /** Families with an active appointment on the last day of each month, per kind, zero included. */
    @Transactional(readOnly = true)
    public Map<YearMonth, Map<CoordinatorKind, Long>> familiesPerMonth(YearMonth first, YearMonth last) {
        Map<YearMonth, Map<CoordinatorKind, Long>> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, zeroes());
        }
        jdbc.sql("select d.month_end, a.kind, count(distinct a.family_id) as n from " + MONTH_ENDS
                        + " group by d.month_end, a.kind")
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> months.get(
                                YearMonth.from(rs.getDate("month_end").toLocalDate()))
                        .put(CoordinatorKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list();
        return months;
    }

    /** Each coordinator's families on the last day of each month, per kind (months without any left out). */
    @Transactional(readOnly = true)
    public Map<YearMonth, List<Caseload>> caseloadsPerMonth(YearMonth first, YearMonth last) {
        Map<YearMonth, List<Caseload>> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new ArrayList<>());
        }
        jdbc.sql("select d.month_end, a.coordinator_id, a.kind, count(distinct a.family_id) as n from " + MONTH_ENDS
                        + " group by d.month_end, a.coordinator_id, a.kind")
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> months.get(
                                YearMonth.from(rs.getDate("month_end").toLocalDate()))
                        .add(new Caseload(
                                rs.getObject("coordinator_id", UUID.class),
                                CoordinatorKind.valueOf(rs.getString("kind")),
                                rs.getLong("n"))))
                .list();
        return months;
    }

    /**
     * Hours per month given on a date, per coordinator: the sum over the active appointments where
     * the hours are recorded, and how many families those appointments cover.
     */
    @Transactional(readOnly = true)
    public List<Hours> hoursByCoordinator(LocalDate date) {
        return jdbc.sql("select coordinator_id, sum(hours_per_month) as hours, count(distinct family_id) as n"
                        + " from appointment where " + Appointment.ACTIVE_ON_DATE_SQL
                        + " and hours_per_month is not null group by coordinator_id")
                .param("date", Date.valueOf(date))
                .query((rs, n) -> new Hours(
                        rs.getObject("coordinator_id", UUID.class), rs.getBigDecimal("hours"), rs.getLong("n")))
                .list();
    }

    private static Map<CoordinatorKind, Long> zeroes() {
        Map<CoordinatorKind, Long> counts = new EnumMap<>(CoordinatorKind.class);
        for (CoordinatorKind k : CoordinatorKind.values()) {
            counts.put(k, 0L);
        }
        return counts;
    }

    /** The hours per month one coordinator is given, over how many families. */
    public record Hours(UUID coordinatorId, java.math.BigDecimal hours, long families) {}

    /** How many families one coordinator has of one kind. */
    public record Caseload(UUID coordinatorId, CoordinatorKind kind, long families) {}
}
