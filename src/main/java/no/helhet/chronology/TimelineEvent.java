package no.helhet.chronology;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One event: when it happened, its kind, the child it concerns (if one), a short detail code or
 * text, and who recorded it.
 */
public record TimelineEvent(Instant occurredAt, EventKind kind, UUID childId, String detail, String recordedBy) {

    public LocalDateTime occurredLocal() {
        return LocalDateTime.ofInstant(occurredAt, ZoneId.of("Europe/Oslo"));
    }
}
