package no.helhet.note;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A dated, signed note; never changed once written. */
public record CaseNote(
        UUID id,
        UUID familyId,
        UUID childId,
        LocalDate notedOn,
        String text,
        UUID correctsNoteId,
        String authorUsername,
        String authorName,
        String authorRole,
        Instant createdAt) {

    public LocalDateTime createdLocal() {
        return LocalDateTime.ofInstant(createdAt, ZoneId.of("Europe/Oslo"));
    }
}
