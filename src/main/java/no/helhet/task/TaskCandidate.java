package no.helhet.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task that should exist: created once per source, record and owner. Its title is the message
 * key {@code task.generated.<source>}, shown in the reader's language.
 */
public record TaskCandidate(TaskSource source, UUID sourceId, UUID ownerId, UUID familyId, LocalDate dueOn) {

    public String titleKey() {
        return source.titleKey();
    }
}
