package no.helhet.family;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A child registered as born, or its details corrected: which details changed, never the values. */
@Table("child_change")
record ChildChange(
        @Id UUID id,
        UUID childId,
        UUID familyId,
        Kind kind,
        String fields,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    enum Kind {
        BORN,
        CORRECTED
    }

    static ChildChange of(Child child, Kind kind, String fields) {
        return new ChildChange(
                UUID.randomUUID(), child.id(), child.familyId(), kind, fields, null, null, null, null, null);
    }
}
