package no.helhet.staff;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A municipal unit (a school, a health station, the coordinating unit …) in a sector. */
@Table("unit")
record Unit(
        @Id UUID id,
        String name,
        String sectorCode,
        boolean coordinatingUnit,
        @Version Integer version,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {}
