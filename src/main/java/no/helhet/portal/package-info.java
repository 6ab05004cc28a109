/**
 * The provider portal: a contact person at a service provider sees only the families where an
 * active consent covers the provider, and only the kinds of information the consent covers; updates
 * the provider's own services. Every read goes through the access policy.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"consent", "provider", "meeting", "family", "audit", "staff", "shared"})
package no.helhet.portal;
