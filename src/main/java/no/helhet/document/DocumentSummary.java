package no.helhet.document;

import java.time.Instant;
import java.util.UUID;

/** A stored document without its bytes. */
public record DocumentSummary(
        UUID id, UUID familyId, DocumentKind kind, String fileName, Instant createdAt, String createdBy) {

    /** When it was made, in Norwegian time. */
    public java.time.LocalDateTime createdLocal() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Europe/Oslo"));
    }
}
