package no.helhet.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One event: when it happened, its kind, the child it concerns (if one), a short detail code or
 * text, who recorded it (by name where the name is known), when it was registered, and the
 * application path of the page that shows it.
 */
public record TimelineEvent(
        Instant occurredAt,
        EventKind kind,
        UUID childId,
        String detail,
        String recordedBy,
        Instant registeredAt,
        String link) {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The day it happened. */
    public LocalDate occurredOn() {
        return LocalDate.ofInstant(occurredAt, OSLO);
    }

    public LocalDateTime occurredLocal() {
        return LocalDateTime.ofInstant(occurredAt, OSLO);
    }

    /** When it was registered, local time; null if not known. */
    public LocalDateTime registeredLocal() {
        return registeredAt == null ? null : LocalDateTime.ofInstant(registeredAt, OSLO);
    }
}
