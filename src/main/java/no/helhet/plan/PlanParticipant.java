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

/** Someone who takes part in the plan work: a person, from a provider or not, with a role and a contribution. */
@Table("plan_participant")
public record PlanParticipant(
        @Id UUID id,
        UUID planId,
        String name,
        UUID serviceProviderId,
        String role,
        String contribution,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    String content() {
        return name + " (" + role + ")" + (contribution == null || contribution.isBlank() ? "" : ": " + contribution);
    }
}
