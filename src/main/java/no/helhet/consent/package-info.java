/**
 * Consents (samtykke): who gave them, which providers and kinds of information they cover, for how
 * long; withdrawal; and, for each provider, whether it may receive information now and why.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consent",
        allowedDependencies = {"appointment", "task", "provider", "family", "document", "audit", "staff", "shared"})
package no.helhet.consent;
