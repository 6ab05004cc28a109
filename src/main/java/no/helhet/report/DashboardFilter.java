package no.helhet.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the dashboard is limited to: a calendar year (the period of the request figures; whole years,
 * so that two periods never overlap and one cannot be subtracted from another), and either a unit or
 * a sector (the coordinators' figures).
 */
record DashboardFilter(Integer year, UUID unit, String sector) {

    int yearOr(LocalDate today) {
        return year == null ? today.getYear() : year;
    }

    boolean all() {
        return unit == null && (sector == null || sector.isBlank());
    }
}
