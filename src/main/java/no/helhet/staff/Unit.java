package no.helhet.staff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipal unit (a school, a health station, the coordinating unit …) in a sector, with the
 * hours per month it has available for coordination (empty until recorded); deactivated, it is kept
 * for the history.
 */
@Table("unit")
record Unit(
        @Id UUID id,
        String name,
        String sectorCode,
        boolean coordinatingUnit,
        BigDecimal coordinatorCapacity,
        boolean active,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Unit withDetails(String name, String sectorCode, boolean coordinatingUnit, BigDecimal coordinatorCapacity) {
        return new Unit(
                id,
                name,
                sectorCode,
                coordinatingUnit,
                coordinatorCapacity,
                active,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
