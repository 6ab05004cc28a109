/**
 * The one access policy that every read or change of a family's data goes through, and the
 * append-only access log it writes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"staff", "shared"})
package no.helhet.audit;
