package no.helhet.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A service (tjeneste) for one child, or a need no service meets. Glossary name: Service. */
@Table("service")
record ChildService(
        @Id UUID id,
        UUID familyId,
        UUID childId,
        UUID serviceProviderId,
        String sectorCode,
        ServiceStatus status,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
