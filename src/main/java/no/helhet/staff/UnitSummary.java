package no.helhet.staff;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What other modules need to know of a unit.
 *
 * @param coordinatorCapacity hours per month the unit has available for coordination, or {@code
 *     null} when not recorded
 * @param version the unit's version, for a change made on what the user saw
 * @param active false for a deactivated unit, kept for the history
 */
public record UnitSummary(
        UUID id,
        String name,
        String sectorCode,
        boolean coordinatingUnit,
        BigDecimal coordinatorCapacity,
        Integer version,
        boolean active) {

    /** An active unit without a recorded capacity. */
    public UnitSummary(UUID id, String name, String sectorCode, boolean coordinatingUnit) {
        this(id, name, sectorCode, coordinatingUnit, null, null, true);
    }
}
