package no.helhet.report;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import no.helhet.shared.RulesProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The overview's numbers, counted in SQL; only aggregates leave this class. */
@Repository
class OverviewQueries {

    private final JdbcClient jdbc;
    private final RulesProperties rules;
    private final ReportProperties report;
    private final Clock clock;

    OverviewQueries(JdbcClient jdbc, RulesProperties rules, ReportProperties report, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.report = report;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Overview overview() {
        LocalDate today = LocalDate.now(clock);
        Date day = Date.valueOf(today);
        String active = " starts_on <= :today and (ended_on is null or ended_on > :today) ";
        long child = count("select count(distinct family_id) from appointment where kind = 'CHILD' and" + active, day);
        long general =
                count("select count(distinct family_id) from appointment where kind = 'GENERAL' and" + active, day);
        String waitingStatuses = " status in ('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED') ";
        long waiting = jdbc.sql("select count(*) from coordinator_request where" + waitingStatuses)
                .query(Long.class)
                .single();
        long overdue = jdbc.sql("select count(*) from coordinator_request where" + waitingStatuses
                        + "and received_on <= :limit")
                .param("limit", Date.valueOf(today.minus(rules.requestWaitingLimit())))
                .query(Long.class)
                .single();
        Long median = waiting < report.suppressBelow()
                ? null
                : jdbc.sql("select percentile_disc(0.5) within group (order by :today - received_on)"
                                + " from coordinator_request where" + waitingStatuses)
                        .param("today", day)
                        .query(Long.class)
                        .single();
        var outcomes = jdbc.sql("select outcome, count(*) as n from decision where decided_on >= :from"
                        + " group by outcome order by outcome")
                .param("from", Date.valueOf(today.withDayOfYear(1)))
                .query((rs, n) -> new Overview.OutcomeRow(rs.getString("outcome"), count(rs.getLong("n"))))
                .list();
        var units = jdbc.sql("""
                        select u.name, u.sector_code, count(distinct a.family_id) as n
                        from appointment a join staff_member s on s.id = a.coordinator_id join unit u on u.id = s.unit_id
                        where a.starts_on <= :today and (a.ended_on is null or a.ended_on > :today)
                        group by u.name, u.sector_code order by n desc, u.name
                        """)
                .param("today", day)
                .query((rs, n) ->
                        new Overview.UnitRow(rs.getString("name"), rs.getString("sector_code"), count(rs.getLong("n"))))
                .list();
        return new Overview(count(child), count(general), count(waiting), count(overdue), median, outcomes, units);
    }

    private long count(String sql, Date today) {
        return jdbc.sql(sql).param("today", today).query(Long.class).single();
    }

    private Count count(long value) {
        return new Count(value, report.suppressBelow());
    }
}
