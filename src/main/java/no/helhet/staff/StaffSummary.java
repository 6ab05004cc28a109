package no.helhet.staff;

import java.util.UUID;

/** What other modules need to know of a staff member. */
public record StaffSummary(
        UUID id,
        String username,
        String fullName,
        StaffRole role,
        UUID unitId,
        String unitName,
        String sectorCode,
        String email,
        String phone,
        TrainingStatus trainingStatus,
        boolean active) {}
