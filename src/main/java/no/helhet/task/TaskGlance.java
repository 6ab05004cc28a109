package no.helhet.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyGlance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open tasks about each family, whoever owns them: how many, and the first few by due date (the
 * first is the earliest due, overdue when it is before today). For the family page's summary and
 * "Mine familier"; one statement for all the families.
 */
@Component
class TaskGlance implements FamilyGlance {

    /** How many tasks the summary names. */
    static final int FIRST = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskGlance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "task/glance";
    }

    @Override
    public String anchor() {
        return "section-task";
    }

    @Override
    public Column column() {
        return Column.TASKS;
    }

    @Override
    public Map<UUID, OpenTasks> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        Map<UUID, List<Item>> first = new LinkedHashMap<>();
        jdbc.sql("""
                        select family_id, id, title, title_key, due_on, open_count from (
                            select family_id, id, title, title_key, due_on,
                                   count(*) over (partition by family_id) as open_count,
                                   row_number() over (partition by family_id order by due_on, id) as place
                            from task where family_id = any(:familyIds) and done_at is null) t
                        where place <= :first
                        order by family_id, place
                        """)
                .param("familyIds", familyIds.toArray(UUID[]::new))
                .param("first", FIRST)
                .query((rs, n) -> {
                    UUID familyId = rs.getObject("family_id", UUID.class);
                    counts.put(familyId, rs.getInt("open_count"));
                    return Map.entry(
                            familyId,
                            new Item(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("title"),
                                    rs.getString("title_key"),
                                    rs.getDate("due_on").toLocalDate()));
                })
                .list()
                .forEach(e -> first.computeIfAbsent(e.getKey(), f -> new ArrayList<>())
                        .add(e.getValue()));
        Map<UUID, OpenTasks> byFamily = new LinkedHashMap<>();
        first.forEach((familyId, items) -> byFamily.put(familyId, new OpenTasks(counts.get(familyId), items, today)));
        return byFamily;
    }

    /** A family's open tasks: how many, and the first few by due date. */
    record OpenTasks(int count, List<Item> first, LocalDate today) {

        public LocalDate earliestDue() {
            return first.get(0).dueOn();
        }

        public boolean overdue() {
            return earliestDue().isBefore(today);
        }

        public boolean more() {
            return count > first.size();
        }
    }

    /** One open task as the summary names it. */
    record Item(UUID id, String title, String titleKey, LocalDate dueOn) {}
}
