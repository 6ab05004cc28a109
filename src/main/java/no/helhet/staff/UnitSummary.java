package no.helhet.staff;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What other modules need to know of a unit.
 *
 * @param coordinatorCapacity hours per month the unit has available for coordination, or {@code
 *     null} when not recorded
 * @param version the unit's version, for a change made on what the user saw
 */
public record UnitSummary(
        UUID id,
        String name,
        String sectorCode,
        boolean coordinatingUnit,
        BigDecimal coordinatorCapacity,
        Integer version) {}
