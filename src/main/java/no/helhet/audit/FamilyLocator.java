package no.helhet.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the family a record belongs to, for {@link FamilyAccess}. Each module that owns records
 * named in handlers' URLs implements one for its id, so that the policy depends on none of them.
 */
public interface FamilyLocator {

    /** The id's name as handlers declare it, e.g. {@code "requestId"}. */
    String idName();

    /** The family of the record with this id, or empty when there is no such record. */
    Optional<UUID> familyOf(UUID id);
}
