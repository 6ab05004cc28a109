package no.helhet.collaboration;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The municipal service KE named to coordinate for a child without an appointed coordinator. */
@Table("coordination_responsibility")
public record CoordinationResponsibility(
        @Id UUID childId,
        UUID familyId,
        UUID unitId,
        String disagreement,
        String keDecision,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
