/**
 * Aggregates for leaders and the coordinating unit: counts only, never a single family; small
 * counts are suppressed. Each figure comes from a query the owning module offers.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Report",
        allowedDependencies = {"appointment", "request", "decision", "plan", "complaint", "document", "staff", "shared"
        })
package no.helhet.report;
