package no.helhet.consent;

import java.time.Instant;
import java.util.UUID;

/** Published when a consent is withdrawn, for sharing elsewhere to stop. */
public record ConsentWithdrawn(UUID consentId, UUID familyId, UUID childId, Instant withdrawnAt) {}
