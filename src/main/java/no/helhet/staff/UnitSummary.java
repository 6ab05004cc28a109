package no.helhet.staff;

import java.util.UUID;

/** What other modules need to know of a unit. */
public record UnitSummary(UUID id, String name, String sectorCode, boolean coordinatingUnit, boolean active) {

    /** An active unit. */
    public UnitSummary(UUID id, String name, String sectorCode, boolean coordinatingUnit) {
        this(id, name, sectorCode, coordinatingUnit, true);
    }
}
