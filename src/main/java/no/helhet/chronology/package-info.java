/**
 * The family's chronology: every event of the case in order, filterable by kind and child. The
 * modules that own the events offer them as {@code family.TimelineSource}s; the chronology unions
 * and pages them, so it depends on none of those modules and names none of their tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Chronology",
        allowedDependencies = {"family", "audit", "staff", "shared"})
package no.helhet.chronology;
