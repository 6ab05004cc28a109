package no.helhet.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the access log: who, with which role and unit, did what to which family, and the outcome. */
public record AccessLogEntry(
        long id,
        Instant occurredAt,
        UUID staffId,
        String username,
        String role,
        UUID unitId,
        AccessAction action,
        String what,
        UUID familyId,
        AccessOutcome outcome) {

    /** When it happened, in Norwegian time. */
    public java.time.LocalDateTime occurredAtLocal() {
        return java.time.LocalDateTime.ofInstant(occurredAt, java.time.ZoneId.of("Europe/Oslo"));
    }
}
