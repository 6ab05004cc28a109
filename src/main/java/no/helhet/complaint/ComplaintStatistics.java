package no.helhet.complaint;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of complaints for the leaders' dashboard, counted by the database; never a single
 * complaint or family. A complaint belongs to no unit, so the figures are for the whole municipality.
 */
@Component
public class ComplaintStatistics {

    /** Where a complaint stands: the coordinating unit's reconsideration, then Statsforvalteren's outcome. */
    public enum Outcome {
        /** Not yet reconsidered by the coordinating unit. */
        AWAITING_RECONSIDERATION,
        /** Reversed by the coordinating unit (a new decision). */
        REVERSED,
        /** Partly reversed by the coordinating unit. */
        PARTLY_REVERSED,
        /** Upheld and forwarded; Statsforvalteren's outcome not yet recorded. */
        AWAITING_GOVERNOR,
        /** Statsforvalteren let the municipality's decision stand. */
        GOVERNOR_UPHELD,
        /** Statsforvalteren changed the decision. */
        GOVERNOR_REVERSED,
        /** Statsforvalteren sent the case back for new handling. */
        GOVERNOR_SENT_BACK
    }

    private final JdbcClient jdbc;

    ComplaintStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints received from {@code from} up to (not including) {@code until}, by kind; every kind present. */
    @Transactional(readOnly = true)
    public Map<ComplaintKind, Long> byKind(LocalDate from, LocalDate until) {
        Map<ComplaintKind, Long> result = new EnumMap<>(ComplaintKind.class);
        for (ComplaintKind k : ComplaintKind.values()) {
            result.put(k, 0L);
        }
        jdbc.sql("""
                        select kind, count(*) as n from complaint
                        where received_on >= :from and received_on < :until
                        group by kind
                        """)
                .param("from", java.sql.Date.valueOf(from))
                .param("until", java.sql.Date.valueOf(until))
                .query((rs, i) -> Map.entry(ComplaintKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * The same complaints by where they stand today (the reconsideration, then Statsforvalteren's
     * outcome); every outcome present.
     */
    @Transactional(readOnly = true)
    public Map<Outcome, Long> byOutcome(LocalDate from, LocalDate until) {
        Map<Outcome, Long> result = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            result.put(o, 0L);
        }
        jdbc.sql("""
                        select case
                                 when reconsideration is null then 'AWAITING_RECONSIDERATION'
                                 when reconsideration <> 'UPHELD' then reconsideration
                                 when governor_outcome is null then 'AWAITING_GOVERNOR'
                                 else 'GOVERNOR_' || governor_outcome
                               end as outcome,
                               count(*) as n
                        from complaint
                        where received_on >= :from and received_on < :until
                        group by 1
                        """)
                .param("from", java.sql.Date.valueOf(from))
                .param("until", java.sql.Date.valueOf(until))
                .query((rs, i) -> Map.entry(Outcome.valueOf(rs.getString("outcome")), rs.getLong("n")))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
