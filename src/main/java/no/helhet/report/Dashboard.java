package no.helhet.report;

import java.util.List;
import no.helhet.staff.UnitSummary;

/** The leaders' dashboard: the filter, the choices it offers, and the tables (aggregates only). */
record Dashboard(
        DashboardFilter filter,
        int year,
        List<Integer> years,
        List<UnitSummary> units,
        List<String> sectors,
        int suppressBelow,
        List<DashboardTable> tables) {

    DashboardTable table(String id) {
        return tables.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(DashboardTableNotFoundException::new);
    }
}
