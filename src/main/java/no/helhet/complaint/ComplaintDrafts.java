package no.helhet.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import no.helhet.shared.FormDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaint registration form's drafts (ADR 0013): one per family and user, in complaint_draft; the last save by the same
 * user wins. Read only by the user who typed it, through a handler with the form's own access rule.
 */
@Repository
class ComplaintDrafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<FormDraft.Saved> find(UUID familyId, String username) {
        return jdbc.sql(
                        "select fields, saved_at from complaint_draft where family_id = :key and staff_username = :user")
                .param("key", familyId)
                .param("user", username)
                .query((rs, n) -> new FormDraft.Saved(
                        FormDraft.fromJson(rs.getString("fields")),
                        rs.getTimestamp("saved_at").toInstant().atZone(clock.getZone())))
                .optional();
    }

    /** Saves the user's draft over their earlier one; answers when it was saved. */
    ZonedDateTime save(UUID familyId, String username, FormDraft draft) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into complaint_draft (family_id, staff_username, fields, saved_at)
                        values (:key, :user, :fields, :at)
                        on conflict (family_id, staff_username)
                        do update set fields = excluded.fields, saved_at = excluded.saved_at
                        """)
                .param("key", familyId)
                .param("user", username)
                .param("fields", draft.json())
                .param("at", java.sql.Timestamp.from(now))
                .update();
        return now.atZone(clock.getZone());
    }

    /** Deletes the user's draft (the form was sent successfully). */
    void delete(UUID familyId, String username) {
        jdbc.sql("delete from complaint_draft where family_id = :key and staff_username = :user")
                .param("key", familyId)
                .param("user", username)
                .update();
    }
}
