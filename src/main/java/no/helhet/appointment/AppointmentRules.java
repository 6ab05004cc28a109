package no.helhet.appointment;

import java.util.UUID;

/** Whether the family's wish was followed: derived from what was wished and whom was chosen. */
final class AppointmentRules {

    private AppointmentRules() {}

    static boolean wishFollowed(
            FamilyWish wish, UUID wishedStaffId, UUID wishedUnitId, UUID coordinatorId, UUID coordinatorUnitId) {
        return switch (wish) {
            case NONE -> true;
            case PERSON -> coordinatorId.equals(wishedStaffId);
            case UNIT -> coordinatorUnitId != null && coordinatorUnitId.equals(wishedUnitId);
        };
    }
}
