package no.helhet.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting with its participants and minutes; the minutes lock once approved. */
@Table("meeting")
public record Meeting(
        @Id UUID id,
        UUID familyId,
        MeetingKind kind,
        Instant startsAt,
        int durationMinutes,
        String place,
        String videoLink,
        String agenda,
        String discussed,
        String decided,
        Instant approvedAt,
        String approvedBy,
        @MappedCollection(idColumn = "meeting_id") Set<Participant> participants,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    public boolean approved() {
        return approvedAt != null;
    }

    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, ZoneId.of("Europe/Oslo"));
    }

    /** When the minutes were approved, local Norwegian time; none before approval. */
    public LocalDateTime approvedLocal() {
        return approvedAt == null ? null : LocalDateTime.ofInstant(approvedAt, ZoneId.of("Europe/Oslo"));
    }

    Meeting withMinutes(String discussedText, String decidedText, int seenVersion, Instant at, String by) {
        return new Meeting(
                id,
                familyId,
                kind,
                startsAt,
                durationMinutes,
                place,
                videoLink,
                agenda,
                discussedText,
                decidedText,
                approvedAt,
                approvedBy,
                participants,
                seenVersion,
                createdAt,
                createdBy,
                at,
                by);
    }

    Meeting approvedNow(int seenVersion, Instant at, String by) {
        return new Meeting(
                id,
                familyId,
                kind,
                startsAt,
                durationMinutes,
                place,
                videoLink,
                agenda,
                discussed,
                decided,
                at,
                by,
                participants,
                seenVersion,
                createdAt,
                createdBy,
                at,
                by);
    }
}
