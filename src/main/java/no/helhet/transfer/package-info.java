/**
 * Moving away: with the family's consent, the case exported for the new municipality as a PDF/A-2
 * bundle and a JSON document (docs/case-export.md, docs/case-export.schema.json), gathered through
 * the other modules' public APIs; the right then ends with reason "moved away".
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Transfer",
        allowedDependencies = {"appointment", "decision", "request", "family", "document", "audit", "staff", "shared"})
package no.helhet.transfer;
