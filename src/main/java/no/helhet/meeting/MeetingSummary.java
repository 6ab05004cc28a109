package no.helhet.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A meeting as a list shows it: when, what kind, and whether the minutes are approved. */
public record MeetingSummary(UUID id, MeetingKind kind, Instant startsAt, Instant approvedAt) {

    public boolean approved() {
        return approvedAt != null;
    }

    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, ZoneId.of("Europe/Oslo"));
    }
}
