package no.helhet.plan;

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

/** A measure of the plan: what, its extent, how, who is responsible, from when to when. */
@Table("plan_measure")
public record PlanMeasure(
        @Id UUID id,
        UUID planId,
        UUID goalId,
        String description,
        String extent,
        String how,
        UUID serviceProviderId,
        String responsiblePerson,
        UUID serviceId,
        LocalDate startsOn,
        LocalDate endsOn,
        MeasureStatus status,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    String content() {
        return String.join(
                " | ",
                description,
                nz(extent),
                nz(how),
                nz(responsiblePerson),
                startsOn == null ? "" : startsOn.toString(),
                endsOn == null ? "" : endsOn.toString(),
                status.name());
    }

    PlanMeasure withStatus(MeasureStatus newStatus, int seenVersion) {
        return new PlanMeasure(
                id,
                planId,
                goalId,
                description,
                extent,
                how,
                serviceProviderId,
                responsiblePerson,
                serviceId,
                startsOn,
                endsOn,
                newStatus,
                seenVersion,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
