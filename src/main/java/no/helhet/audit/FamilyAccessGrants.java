package no.helhet.audit;

import java.util.UUID;

/**
 * Tells the access policy which families a coordinator works for, and which a provider may read
 * about. Implemented by the modules that keep appointments and consents, so that the policy
 * depends on neither.
 */
public interface FamilyAccessGrants {

    /** Whether the staff member is the family's appointed coordinator today. */
    default boolean isAppointedCoordinator(UUID staffId, UUID familyId) {
        return false;
    }

    /** Whether an active consent lets the provider receive information about a child of the family now. */
    default boolean providerMayRead(UUID providerId, UUID familyId) {
        return false;
    }

    /** The children of the family an active consent lets the provider receive information about now. */
    default java.util.Set<UUID> childrenProviderMayRead(UUID providerId, UUID familyId) {
        return java.util.Set.of();
    }

    /** Whether an active consent covering the provider includes the family's meeting minutes now. */
    default boolean providerMayReadMinutes(UUID providerId, UUID familyId) {
        return false;
    }

    /**
     * Whether the meeting's minutes are approved and the provider took part in the meeting (a
     * participant linked to the provider: one of its contacts, its contact person's account, or the
     * provider itself).
     */
    default boolean providerTookPartInApprovedMeeting(UUID providerId, UUID meetingId) {
        return false;
    }

    /**
     * Whether the provider takes part in an individual plan of the family now: an active consent
     * covering it includes the plan, and it is responsible for a measure of the plan.
     */
    default boolean providerMayReadPlan(UUID providerId, UUID familyId) {
        return false;
    }
}
