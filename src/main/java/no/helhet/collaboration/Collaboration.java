package no.helhet.collaboration;

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

/** The cooperation on one child with one other provider. */
@Table("collaboration")
public record Collaboration(
        @Id UUID id,
        UUID familyId,
        UUID childId,
        UUID serviceProviderId,
        boolean givesServices,
        boolean cooperationNeeded,
        String needReason,
        LocalDate contactedOn,
        String agreementAbout,
        String agreementExtent,
        LocalDate agreementUntil,
        String agreementOrganisation,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
