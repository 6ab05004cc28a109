/**
 * The family's chronology: every event of the case in order, filterable by kind and child. A read
 * model over the other modules' tables (SQL, as reports may), so it depends on none of their code.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Chronology",
        allowedDependencies = {"family", "audit", "staff", "shared"})
package no.helhet.chronology;
