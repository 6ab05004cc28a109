package no.helhet.family;

import java.util.UUID;

/** One family found by a search. */
public record FamilySearchHit(UUID familyId, String displayName) {}
