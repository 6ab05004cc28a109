package no.helhet.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of individual plans for the leaders' dashboard, counted by the database; never a single
 * plan or child.
 */
@Component
public class PlanStatistics {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;

    PlanStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Children with an individual plan on a day: a plan with a version approved on or before the day
     * (a draft never approved is not yet a plan the child has), whose plan period has not ended
     * before the day.
     */
    @Transactional(readOnly = true)
    public long childrenWithPlan(LocalDate day) {
        return jdbc.sql("""
                        select count(distinct p.child_id) from individual_plan p
                        where (p.period_until is null or p.period_until >= :day)
                          and exists (select 1 from plan_version v
                                      where v.plan_id = p.id and v.created_at < :dayEnd)
                        """)
                .param("day", java.sql.Date.valueOf(day))
                .param(
                        "dayEnd",
                        Timestamp.from(day.plusDays(1).atStartOfDay(OSLO).toInstant()))
                .query(Long.class)
                .single();
    }
}
