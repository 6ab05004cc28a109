package no.helhet.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
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
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {}
