package no.helhet.audit;

import java.util.UUID;

/**
 * Tells the access policy which families a coordinator works for. Implemented by the module that
 * keeps appointments, so that the policy does not depend on it.
 */
public interface FamilyAccessGrants {

    /** Whether the staff member is the family's appointed coordinator today. */
    boolean isAppointedCoordinator(UUID staffId, UUID familyId);
}
