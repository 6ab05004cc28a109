/**
 * The duty to cooperate on one child (samarbeid): the three steps per other provider — gives
 * services, cooperation needed, contact made (only with consent) — the agreement, and who
 * coordinates (samordning).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Collaboration",
        allowedDependencies = {"consent", "provider", "appointment", "family", "audit", "staff", "shared"})
package no.helhet.collaboration;
