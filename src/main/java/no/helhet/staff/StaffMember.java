package no.helhet.staff;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An employee with a login account. */
@Table("staff_member")
record StaffMember(
        @Id UUID id,
        String username,
        String passwordHash,
        String fullName,
        StaffRole role,
        UUID unitId,
        String email,
        String phone,
        TrainingStatus trainingStatus,
        boolean active,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
