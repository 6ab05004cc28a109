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

/** The family's comment on a measure or an evaluation, written in the family portal; never changed. */
@Table("plan_comment")
public record PlanComment(
        @Id UUID id,
        UUID planId,
        UUID measureId,
        UUID evaluationId,
        UUID guardianId,
        String text,
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
