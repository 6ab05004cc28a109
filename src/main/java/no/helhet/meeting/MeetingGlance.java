package no.helhet.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyGlance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next meeting of each family (one not yet over: a meeting going on now is still the next), for
 * the family page's summary and "Mine familier"; one statement for all the families, by the index on
 * (family_id, starts_at).
 */
@Component
class MeetingGlance implements FamilyGlance {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingGlance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "meeting/glance";
    }

    @Override
    public String anchor() {
        return "section-meeting";
    }

    @Override
    public Column column() {
        return Column.NEXT_MEETING;
    }

    @Override
    public Map<UUID, MeetingSummary> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, MeetingSummary> next = new LinkedHashMap<>();
        // A meeting lasts at most a day: the bound on starts_at lets the index on (family_id, starts_at) do the work.
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp dayAgo = Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1)));
        jdbc.sql("""
                        select distinct on (family_id) family_id, id, kind, starts_at
                        from meeting
                        where family_id = any(:familyIds) and starts_at > :dayAgo
                          and starts_at + duration_minutes * interval '1 minute' > :now
                        order by family_id, starts_at, id
                        """)
                .param("familyIds", familyIds.toArray(UUID[]::new))
                .param("dayAgo", dayAgo)
                .param("now", now)
                .query((rs, n) -> Map.entry(
                        rs.getObject("family_id", UUID.class),
                        new MeetingSummary(
                                rs.getObject("id", UUID.class),
                                MeetingKind.valueOf(rs.getString("kind")),
                                rs.getTimestamp("starts_at").toInstant(),
                                null)))
                .list()
                .forEach(e -> next.put(e.getKey(), e.getValue()));
        return next;
    }
}
