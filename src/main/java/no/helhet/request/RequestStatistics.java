package no.helhet.request;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of requests for the leaders' dashboard, each counted by the database: how many were
 * received, how long they waited for a decision and for the appointment, and how old the open ones
 * are. Never a single request.
 */
@Component
public class RequestStatistics {

    private final JdbcClient jdbc;

    RequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests received on or after {@code from} and before {@code until}. */
    @Transactional(readOnly = true)
    public long received(LocalDate from, LocalDate until) {
        return jdbc.sql("select count(*) from coordinator_request where received_on >= :from and received_on < :until")
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query(Long.class)
                .single();
    }

    /**
     * Days from request to decision, for the requests decided in the period: how many, the median
     * and the 90th percentile (empty when none).
     */
    @Transactional(readOnly = true)
    public Durations daysToDecision(LocalDate from, LocalDate until) {
        return durations("decided_on - received_on", "decided_on", "decided_on is not null", from, until);
    }

    /** Days from decision to appointment, for the requests whose coordinator was appointed in the period. */
    @Transactional(readOnly = true)
    public Durations daysToAppointment(LocalDate from, LocalDate until) {
        return durations(
                "closed_on - decided_on", "closed_on", "status = 'APPOINTED' and decided_on is not null", from, until);
    }

    private Durations durations(String days, String dateColumn, String condition, LocalDate from, LocalDate until) {
        return jdbc.sql("select count(*) as n,"
                        + " percentile_disc(0.5) within group (order by " + days + ") as median,"
                        + " percentile_disc(0.9) within group (order by " + days + ") as p90"
                        + " from coordinator_request where " + condition
                        + " and " + dateColumn + " >= :from and " + dateColumn + " < :until")
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query((rs, n) ->
                        new Durations(rs.getLong("n"), (Integer) rs.getObject("median"), (Integer) rs.getObject("p90")))
                .single();
    }

    /**
     * The requests still waiting on a date by how long they have waited: up to 14 days, 15 to 28, 29
     * to 56 and more than 56, as a map from band name to count in that order.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> waitingByAge(LocalDate today) {
        Map<String, Long> bands = new LinkedHashMap<>();
        jdbc.sql("""
                        select count(*) filter (where :today - received_on <= 14) as d0_14,
                               count(*) filter (where :today - received_on between 15 and 28) as d15_28,
                               count(*) filter (where :today - received_on between 29 and 56) as d29_56,
                               count(*) filter (where :today - received_on > 56) as d57
                        from coordinator_request where status in (:waiting)
                        """)
                .param("today", Date.valueOf(today))
                .param("waiting", RequestStatus.waitingNames())
                .query((rs, n) -> {
                    for (String band : new String[] {"d0_14", "d15_28", "d29_56", "d57"}) {
                        bands.put(band, rs.getLong(band));
                    }
                    return bands;
                })
                .single();
        return bands;
    }

    /** Requests received per month, for the months from {@code first} to {@code last}, zero included. */
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> receivedPerMonth(YearMonth first, YearMonth last) {
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        jdbc.sql("""
                        select m::date as month, count(r.id) as n
                        from generate_series(:first::date, :last::date, interval '1 month') as m
                        left join coordinator_request r
                          on r.received_on >= m::date and r.received_on < (m + interval '1 month')::date
                        group by m order by m
                        """)
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> months.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("n")))
                .list();
        return months;
    }

    /** How many durations were counted, their median and 90th percentile in days (empty when none). */
    public record Durations(long count, Integer median, Integer p90) {}
}
