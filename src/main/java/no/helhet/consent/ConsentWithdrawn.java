package no.helhet.consent;

import java.time.Instant;
import java.util.UUID;

/** Published when a consent is withdrawn; the task module closes the open tasks about its expiry. */
public record ConsentWithdrawn(UUID consentId, UUID familyId, UUID childId, Instant withdrawnAt) {}
