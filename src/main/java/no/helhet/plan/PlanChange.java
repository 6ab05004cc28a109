package no.helhet.plan;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One change of a plan: who changed what and when, the text before and after; never changed. */
@Table("plan_change")
public record PlanChange(
        @Id UUID id,
        UUID planId,
        String itemKey,
        String beforeText,
        String afterText,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy)
        implements Persistable<UUID> {

    @Override
    public UUID getId() {
        return id;
    }

    /** Rows of this kind are only ever inserted: new until the insert has stamped who and when. */
    @Override
    @Transient
    public boolean isNew() {
        return createdAt == null;
    }
}
