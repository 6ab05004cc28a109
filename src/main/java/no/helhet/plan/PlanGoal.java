package no.helhet.plan;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A goal of the plan; one the family wrote in the family portal names the guardian who wrote it. */
@Table("plan_goal")
public record PlanGoal(
        @Id UUID id,
        UUID planId,
        int position,
        String text,
        UUID writtenByGuardianId,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    /** Written by the family in the family portal, in its own words. */
    public boolean writtenByFamily() {
        return writtenByGuardianId != null;
    }
}
