package no.helhet.family;

import java.util.List;
import java.util.UUID;

/**
 * One family found by a search, with what tells families of the same name apart: the children
 * (names and birth dates, national ids masked) and the municipality the family lives in.
 */
public record FamilySearchHit(
        UUID familyId, String displayName, String addressMunicipality, List<ChildSummary> children) {}
