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

/** One written section of a plan, with its own version; the child's views also with the date they were obtained. */
@Table("plan_text")
public record PlanText(
        @Id UUID id,
        UUID planId,
        PlanSection section,
        String text,
        LocalDate obtainedOn,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    /** The text as versions and the change log keep it: with the date the views were obtained, if any. */
    String content() {
        String t = text == null ? "" : text;
        return obtainedOn == null ? t : t + " (" + obtainedOn + ")";
    }
}
