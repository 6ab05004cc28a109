package no.helhet.task;

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
 * A task with an owner and a due date. A person's task has its {@code title} as written; a generated
 * task has a {@code titleKey} (a message key), shown in the reader's language.
 */
@Table("task")
public record Task(
        @Id UUID id,
        UUID ownerId,
        UUID familyId,
        String title,
        String titleKey,
        LocalDate dueOn,
        TaskSource source,
        UUID sourceId,
        Instant doneAt,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    public boolean overdueOn(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    Task done(Instant at, String by) {
        return new Task(
                id, ownerId, familyId, title, titleKey, dueOn, source, sourceId, at, version, createdAt, createdBy, at,
                by);
    }
}
