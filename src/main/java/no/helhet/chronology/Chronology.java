package no.helhet.chronology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.TimelineSource;
import no.helhet.family.TimelineSource.TimelineSelect;
import no.helhet.shared.PageSlice;
import no.helhet.staff.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's events by when they happened, newest or oldest first, filtered and paged in SQL: the union of the selects that the
 * modules owning the events offer ({@link TimelineSource}); this module names no table itself.
 */
@Repository
class Chronology {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Map<EventKind, TimelineSelect> selects = new HashMap<>();
    private final Map<EventKind, TimelineSource> sources = new HashMap<>();

    Chronology(JdbcClient jdbc, StaffDirectory staff, List<TimelineSource> timelineSources) {
        this.jdbc = jdbc;
        this.staff = staff;
        for (TimelineSource source : timelineSources) {
            for (TimelineSelect select : source.selects()) {
                EventKind kind = EventKind.valueOf(select.kind());
                if (selects.put(kind, select) != null) {
                    throw new IllegalStateException("Two timeline sources select " + kind);
                }
                sources.put(kind, source);
            }
        }
    }

    @Transactional(readOnly = true)
    PageSlice<TimelineEvent> events(
            UUID familyId, EventKind kind, UUID childId, boolean oldestFirst, int page, int size) {
        String events = selects.entrySet().stream()
                .filter(e -> kind == null || e.getKey() == kind)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().sql())
                .collect(Collectors.joining("\nunion all\n"));
        if (events.isEmpty()) {
            return new PageSlice<>(List.of(), page, size, 0);
        }
        String filter = " where (cast(:childId as uuid) is null or e.child_id = :childId)";
        long total = jdbc.sql("select count(*) from (" + events + ") e" + filter)
                .param("familyId", familyId)
                .param("childId", childId)
                .query(Long.class)
                .single();
        List<TimelineEvent> rows = jdbc.sql("select * from (" + events + ") e" + filter
                        + (oldestFirst
                                ? " order by e.occurred_at, e.registered_at, e.kind"
                                : " order by e.occurred_at desc, e.registered_at desc, e.kind desc")
                        + " limit :limit offset :offset")
                .param("familyId", familyId)
                .param("childId", childId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new TimelineEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        EventKind.valueOf(rs.getString("kind")),
                        rs.getObject("child_id", UUID.class),
                        rs.getString("detail"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("registered_at") == null
                                ? null
                                : rs.getTimestamp("registered_at").toInstant(),
                        rs.getString("link")))
                .list();
        return new PageSlice<>(withDetailTexts(rows), page, size, total);
    }

    private List<TimelineEvent> withDetailTexts(List<TimelineEvent> rows) {
        Map<EventKind, Map<String, String>> texts = new HashMap<>();
        rows.stream()
                .filter(e -> e.detail() != null)
                .collect(Collectors.groupingBy(
                        TimelineEvent::kind, Collectors.mapping(TimelineEvent::detail, Collectors.toSet())))
                .forEach((kind, details) -> texts.put(kind, sources.get(kind).detailTexts(kind.name(), details)));
        Map<String, String> names = staff.fullNamesByUsername(
                rows.stream().map(TimelineEvent::recordedBy).toList());
        List<TimelineEvent> result = new ArrayList<>(rows.size());
        for (TimelineEvent e : rows) {
            String text = e.detail() == null
                    ? null
                    : texts.getOrDefault(e.kind(), Map.of()).getOrDefault(e.detail(), e.detail());
            String by = e.recordedBy() == null ? null : names.getOrDefault(e.recordedBy(), e.recordedBy());
            result.add(new TimelineEvent(e.occurredAt(), e.kind(), e.childId(), text, by, e.registeredAt(), e.link()));
        }
        return result;
    }
}
