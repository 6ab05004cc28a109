package no.helhet.complaint;

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

/**
 * A notice that services do not cooperate: the duty to cooperate gives no right to complain, so the
 * family can only notify Statsforvalteren (LAW.md §2 item 15). Recorded, never a complaint.
 */
@Table("cooperation_notice")
record CooperationNotice(
        @Id UUID id,
        UUID familyId,
        LocalDate receivedOn,
        String fromWhom,
        String text,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
