package no.helhet.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.privacy.FamilyDataCatalogue.FamilyTable;
import no.helhet.privacy.FamilyDataCatalogue.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A family's rows in every family table, found by following the catalogue's links from the family
 * row: a row belongs to the family when one of its linking columns holds a key of a row that does.
 * Also erases them, children before parents, leaving the kept (append-only) tables alone.
 */
@Component
class FamilyData {

    /** Statements are built from the catalogue's names, always quoted as identifiers. */
    private static final String SELECT_ALL = "select * from ";

    private final JdbcClient jdbc;
    private final FamilyDataCatalogue catalogue;

    FamilyData(JdbcClient jdbc, FamilyDataCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Every family table with the family's rows in it (empty lists included), parents first. */
    Map<String, List<Map<String, Object>>> rowsOf(UUID familyId) {
        return collect(familyId, catalogue.tables());
    }

    /**
     * Deletes the family's rows from every table that allows it, children before parents, in the
     * caller's transaction; returns how many rows were deleted. Rows in kept tables stay.
     */
    int erase(UUID familyId) {
        List<FamilyTable> tables = catalogue.tables();
        Map<String, List<Map<String, Object>>> rows = collect(familyId, tables);
        jdbc.sql("select set_config('helhet.erasure', :family, true)")
                .param("family", familyId.toString())
                .query(String.class)
                .single();
        int deleted = 0;
        for (int i = tables.size() - 1; i >= 0; i--) {
            FamilyTable table = tables.get(i);
            List<Map<String, Object>> found = rows.get(table.name());
            if (table.kept() || found.isEmpty()) {
                continue;
            }
            String key = found.get(0).containsKey("id") ? "id" : null;
            if (key != null) {
                deleted += jdbc.sql("delete from " + quote(table.name()) + " where id in (:ids)")
                        .param("ids", found.stream().map(r -> r.get("id")).toList())
                        .update();
            } else {
                deleted += deleteByLinks(table, rows);
            }
        }
        return deleted;
    }

    private int deleteByLinks(FamilyTable table, Map<String, List<Map<String, Object>>> rows) {
        Map<String, Collection<Object>> params = new LinkedHashMap<>();
        String where = condition(table, rows, params);
        if (where == null) {
            return 0;
        }
        var statement = jdbc.sql("delete from " + quote(table.name()) + " where " + where);
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.update();
    }

    private Map<String, List<Map<String, Object>>> collect(UUID familyId, List<FamilyTable> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.name(), List.of()));
        rows.put(
                FamilyDataCatalogue.ROOT,
                jdbc.sql(SELECT_ALL + quote(FamilyDataCatalogue.ROOT) + " where id = :id")
                        .param("id", familyId)
                        .query()
                        .listOfRows());
        // Parents come first, so one pass finds most rows; a table linked to a table later in the
        // order (or to itself through a soft link) is found on the next pass.
        boolean grew = true;
        for (int pass = 0; grew && pass < 5; pass++) {
            grew = false;
            for (FamilyTable table : tables) {
                if (table.name().equals(FamilyDataCatalogue.ROOT)) {
                    continue;
                }
                Map<String, Collection<Object>> params = new LinkedHashMap<>();
                String where = condition(table, rows, params);
                if (where == null) {
                    continue;
                }
                var statement = jdbc.sql(SELECT_ALL + quote(table.name()) + " where " + where);
                for (var p : params.entrySet()) {
                    statement = statement.param(p.getKey(), p.getValue());
                }
                List<Map<String, Object>> found = statement.query().listOfRows();
                if (found.size() != rows.get(table.name()).size()) {
                    rows.put(table.name(), found);
                    grew = true;
                }
            }
        }
        return rows;
    }

    /** {@code col1 in (:p0) or col2 in (:p1)} over the links whose parents have rows; null if none. */
    private static String condition(
            FamilyTable table, Map<String, List<Map<String, Object>>> rows, Map<String, Collection<Object>> params) {
        List<String> parts = new ArrayList<>();
        for (Link link : table.links()) {
            Set<Object> keys = new LinkedHashSet<>();
            rows.getOrDefault(link.parent(), List.of()).forEach(r -> {
                Object key = r.get(link.parentColumn());
                if (key != null) {
                    keys.add(key);
                }
            });
            if (keys.isEmpty()) {
                continue;
            }
            String name = "p" + params.size();
            params.put(name, keys);
            parts.add(quote(link.column()) + " in (:" + name + ")");
        }
        return parts.isEmpty() ? null : String.join(" or ", parts);
    }

    /** A catalogue name as an SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
