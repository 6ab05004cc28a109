package no.helhet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import no.helhet.shared.FormDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The minutes form's drafts (ADR 0013): one per meeting and user, in meeting_minutes_draft; the last save by the same
 * user wins. Read only by the user who typed it, through a handler with the form's own access rule.
 */
@Repository
class MinutesDrafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    MinutesDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<FormDraft.Saved> find(UUID meetingId, String username) {
        return jdbc.sql(
                        "select fields, saved_at from meeting_minutes_draft where meeting_id = :key and staff_username = :user")
                .param("key", meetingId)
                .param("user", username)
                .query((rs, n) -> new FormDraft.Saved(
                        FormDraft.fromJson(rs.getString("fields")),
                        rs.getTimestamp("saved_at").toInstant().atZone(clock.getZone())))
                .optional();
    }

    /** Saves the user's draft over their earlier one; answers when it was saved. */
    ZonedDateTime save(UUID meetingId, UUID familyId, String username, FormDraft draft) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into meeting_minutes_draft (meeting_id, staff_username, family_id, fields, saved_at)
                        values (:key, :user, :family, :fields, :at)
                        on conflict (meeting_id, staff_username)
                        do update set fields = excluded.fields, saved_at = excluded.saved_at
                        """)
                .param("key", meetingId)
                .param("family", familyId)
                .param("user", username)
                .param("fields", draft.json())
                .param("at", java.sql.Timestamp.from(now))
                .update();
        return now.atZone(clock.getZone());
    }

    /** Deletes the user's draft (the form was sent successfully). */
    void delete(UUID meetingId, String username) {
        jdbc.sql("delete from meeting_minutes_draft where meeting_id = :key and staff_username = :user")
                .param("key", meetingId)
                .param("user", username)
                .update();
    }
}
