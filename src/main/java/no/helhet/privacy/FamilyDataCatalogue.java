package no.helhet.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which tables hold a family's data, read from the database's catalogue: the root table and every
 * table that reaches it through a chain of foreign keys, plus any table with a column named after
 * one of those tables ({@code family_id}, {@code child_id} …) that has no foreign key (such as the
 * access log, which outlives the rows it names). Nothing here names a table of another module.
 */
@Component
class FamilyDataCatalogue {

    /** The table every family's data hangs from. */
    static final String ROOT = "family";

    /** One way a row of {@code table} belongs to a family: its column holds a key of a parent row. */
    record Link(String table, String column, String parent, String parentColumn, boolean foreignKey) {}

    /**
     * A table holding family data, the links by which its rows are found, and whether the
     * application may delete from it (an append-only table keeps its rows on erasure).
     */
    record FamilyTable(String name, List<Link> links, boolean kept) {}

    private final JdbcClient jdbc;

    FamilyDataCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The family tables, parents before the tables that refer to them (the root first). */
    List<FamilyTable> tables() {
        List<Link> foreignKeys = jdbc.sql("""
                        select c.conrelid::regclass::text, a.attname::text, c.confrelid::regclass::text, p.attname::text
                        from pg_catalog.pg_constraint c
                        join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        join pg_catalog.pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
                        where c.contype = 'f' and cardinality(c.conkey) = 1
                          and c.connamespace = current_schema()::regnamespace
                        """)
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), true))
                .list();
        Set<String> reachable = reachable(foreignKeys);
        List<Link> links = new ArrayList<>(foreignKeys.stream()
                .filter(l -> reachable.contains(l.table()) && reachable.contains(l.parent()))
                .filter(l -> !l.table().equals(l.parent()))
                .toList());
        links.addAll(softLinks(reachable, foreignKeys));
        Set<String> all = new TreeSet<>(reachable);
        links.forEach(l -> all.add(l.table()));
        Set<String> kept = kept(all);
        List<FamilyTable> tables = new ArrayList<>();
        for (String name : order(all, links)) {
            tables.add(new FamilyTable(
                    name, links.stream().filter(l -> l.table().equals(name)).toList(), kept.contains(name)));
        }
        return tables;
    }

    /** The root and every table with a foreign-key chain to it. */
    private static Set<String> reachable(List<Link> foreignKeys) {
        Set<String> found = new LinkedHashSet<>(List.of(ROOT));
        Deque<String> next = new ArrayDeque<>(found);
        while (!next.isEmpty()) {
            String parent = next.poll();
            for (Link link : foreignKeys) {
                if (link.parent().equals(parent) && found.add(link.table())) {
                    next.add(link.table());
                }
            }
        }
        return found;
    }

    /** Columns {@code <table>_id} without a foreign key, naming a family table with an id. */
    private List<Link> softLinks(Set<String> reachable, List<Link> foreignKeys) {
        Set<String> withId = new TreeSet<>(jdbc.sql("""
                        select table_name::text from information_schema.columns
                        where table_schema = current_schema() and column_name = 'id'
                        """).query(String.class).list());
        List<Link> soft = new ArrayList<>();
        jdbc.sql("""
                        select c.table_name::text, c.column_name::text from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.column_name like '%\\_id' and c.data_type = 'uuid'
                        order by 1, 2
                        """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(column -> {
                    String table = column.get(0);
                    String name = column.get(1);
                    String parent = name.substring(0, name.length() - "_id".length());
                    boolean hasForeignKey = foreignKeys.stream()
                            .anyMatch(l -> l.table().equals(table) && l.column().equals(name));
                    if (!hasForeignKey
                            && reachable.contains(parent)
                            && withId.contains(parent)
                            && !table.equals(parent)) {
                        soft.add(new Link(table, name, parent, "id", false));
                    }
                });
        return soft;
    }

    /**
     * Tables the application may not delete from: no DELETE privilege, or a trigger that refuses
     * deletes and knows no erasure (the access log). Their rows stay on erasure.
     */
    private Set<String> kept(Set<String> tables) {
        Set<String> kept = new TreeSet<>();
        for (String table : tables) {
            boolean mayDelete = jdbc.sql("select has_table_privilege(current_user, cast(:t as regclass), 'DELETE')")
                    .param("t", table)
                    .query(Boolean.class)
                    .single();
            long refusingTriggers =
                    jdbc.sql("""
                            select count(*) from pg_catalog.pg_trigger g join pg_catalog.pg_proc f on f.oid = g.tgfoid
                            where g.tgrelid = cast(:t as regclass) and not g.tgisinternal and g.tgenabled <> 'D'
                              and (g.tgtype & 8) <> 0 and f.proname like '%append\\_only'
                              and f.prosrc not like '%helhet.erasure%'
                            """).param("t", table).query(Long.class).single();
            if (!mayDelete || refusingTriggers > 0) {
                kept.add(table);
            }
        }
        return kept;
    }

    /** Parents before children (a topological order over the links; ties by name). */
    private static List<String> order(Set<String> tables, List<Link> links) {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(t -> parents.put(t, new TreeSet<>()));
        links.forEach(l -> parents.get(l.table()).add(l.parent()));
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String table : parents.keySet()) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    placed.add(table);
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return ordered;
    }
}
