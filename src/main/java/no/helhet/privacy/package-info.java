/**
 * Privacy: everything Helhet holds about a family exported (JSON and PDF/A-2) for the family's right
 * of access, and retention: families whose case closed longer ago than the configured period are
 * listed for the KE lead and erased by a daily job, leaving a record without content. The tables
 * are found in the database's catalogue at run time (every table reachable from {@code family}
 * through foreign keys, and columns named after such a table), so no module's table is named here
 * and a new table is covered without a change; see docs/adr/0012-privacy-from-the-catalogue.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"appointment", "request", "family", "document", "audit", "staff", "shared"})
package no.helhet.privacy;
