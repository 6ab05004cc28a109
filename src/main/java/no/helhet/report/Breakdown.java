package no.helhet.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One figure broken down by sector and by unit, suppressed as a hierarchy (docs/suppression.md):
 * the sectors as parts of the whole, each sector's units as parts of the sector. A filter on a unit
 * or a sector shows the same cell as the table, so no filter shows what a table hides.
 *
 * @param whole the figure for the whole municipality
 * @param sectors the figure per sector code
 * @param units the figure per unit id
 */
record Breakdown(Count whole, Map<String, Count> sectors, Map<UUID, Count> units) {

    /**
     * @param whole the figure for the whole municipality (a family with coordinators in two units
     *     counts once here and once in each unit)
     * @param byUnit the figure per unit
     * @param sectorOfUnit each unit's sector
     */
    static Breakdown of(Suppression rule, long whole, Map<UUID, Long> byUnit, Map<UUID, String> sectorOfUnit) {
        Map<String, List<UUID>> unitsBySector = new LinkedHashMap<>();
        byUnit.keySet().stream()
                .sorted()
                .forEach(u -> unitsBySector
                        .computeIfAbsent(sectorOfUnit.get(u), s -> new ArrayList<>())
                        .add(u));
        List<String> codes = new ArrayList<>(unitsBySector.keySet());
        List<Count> sectorCounts = rule.group(codes.stream()
                .map(c -> unitsBySector.get(c).stream().mapToLong(byUnit::get).sum())
                .toList());
        Map<String, Count> sectors = new HashMap<>();
        Map<UUID, Count> units = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            Count sector = sectorCounts.get(i);
            sectors.put(codes.get(i), sector);
            List<UUID> members = unitsBySector.get(codes.get(i));
            List<Count> unitCounts =
                    rule.group(members.stream().map(byUnit::get).toList(), sector.suppressed());
            for (int j = 0; j < members.size(); j++) {
                units.put(members.get(j), unitCounts.get(j));
            }
        }
        return new Breakdown(rule.count(whole), sectors, units);
    }

    /** The cell a filter selects: the unit's, the sector's, or the whole. */
    Count select(DashboardFilter filter, int suppressBelow) {
        if (filter.unit() != null) {
            return units.getOrDefault(filter.unit(), new Count(0, suppressBelow));
        }
        if (!filter.all()) {
            return sectors.getOrDefault(filter.sector(), new Count(0, suppressBelow));
        }
        return whole;
    }
}
