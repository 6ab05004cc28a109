/** The written, reasoned decision with complaint information, and its PDF/A letter. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Decision",
        allowedDependencies = {"assessment", "request", "family", "document", "audit", "staff", "shared"})
package no.helhet.decision;
