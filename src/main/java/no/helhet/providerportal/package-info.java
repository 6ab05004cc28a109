/**
 * The provider portal: a contact person at a service provider sees only the families where an
 * active consent covers the provider, and only the kinds of information the consent covers; updates
 * the provider's own services; takes part in a child's individual plan where the provider is
 * responsible for a measure and the consent covers the plan. Every read goes through the access policy.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Provider portal",
        allowedDependencies = {"plan", "consent", "provider", "meeting", "family", "audit", "staff", "shared"})
package no.helhet.providerportal;
