package no.helhet.decision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** How many decisions of each outcome were made, for the leaders' overview. */
@Repository
public class DecisionCounts {

    private final JdbcClient jdbc;

    DecisionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of decisions per outcome decided on or after a date, by outcome name. */
    @Transactional(readOnly = true)
    public Map<String, Long> byOutcomeSince(LocalDate from) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select outcome, count(*) as n from decision where decided_on >= :from"
                        + " group by outcome order by outcome")
                .param("from", Date.valueOf(from))
                .query((rs, n) -> counts.put(rs.getString("outcome"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The number of decisions per outcome decided on or after {@code from} and before {@code until}. */
    @Transactional(readOnly = true)
    public Map<DecisionOutcome, Long> byOutcomeBetween(LocalDate from, LocalDate until) {
        Map<DecisionOutcome, Long> counts = new LinkedHashMap<>();
        for (DecisionOutcome o : DecisionOutcome.values()) {
            counts.put(o, 0L);
        }
        jdbc.sql("select outcome, count(*) as n from decision where decided_on >= :from and decided_on < :until"
                        + " group by outcome")
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query((rs, n) -> counts.put(DecisionOutcome.valueOf(rs.getString("outcome")), rs.getLong("n")))
                .list();
        return counts;
    }
}
