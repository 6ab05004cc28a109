package no.helhet.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One logged login attempt: when, the username as typed, from which client, and how it ended. */
public record LoginAttempt(long id, Instant attemptedAt, String username, String clientAddress, LoginOutcome outcome) {

    /** When it happened, in Norwegian time. */
    public LocalDateTime attemptedAtLocal() {
        return LocalDateTime.ofInstant(attemptedAt, ZoneId.of("Europe/Oslo"));
    }
}
