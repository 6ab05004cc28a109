package no.helhet.message;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One message as both sides read it.
 *
 * @param youthId the youth whose own thread it is in; null for the guardians' thread
 * @param senderRole the staff member's role at the time (null for the family)
 * @param readAt when the other side first read it, or null
 */
public record MessageView(
        UUID id,
        UUID familyId,
        UUID youthId,
        SenderKind senderKind,
        UUID senderId,
        String senderName,
        String senderRole,
        String body,
        Instant sentAt,
        Instant readAt) {

    /** When it was sent, in Norwegian time. */
    public LocalDateTime sentAtLocal() {
        return LocalDateTime.ofInstant(sentAt, ZoneId.of("Europe/Oslo"));
    }

    public boolean fromFamily() {
        return senderKind.family();
    }

    public boolean unread() {
        return readAt == null;
    }
}
