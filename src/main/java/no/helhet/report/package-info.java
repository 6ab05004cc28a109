/**
 * Aggregates for leaders and the coordinating unit: counts only, never a single family; small
 * counts are suppressed. Reads other modules' tables with SQL, as reports may.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Report",
        allowedDependencies = {"staff", "shared"})
package no.helhet.report;
