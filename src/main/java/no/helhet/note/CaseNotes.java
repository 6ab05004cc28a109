package no.helhet.note;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads case notes; the table refuses updates and deletes. The module's API. */
@Service
public class CaseNotes {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNotes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes a note signed by the current staff member; {@code corrects} points to the note it corrects. */
    @Transactional
    public UUID writeNote(UUID familyId, UUID childId, LocalDate notedOn, String text, UUID corrects) {
        StaffPrincipal author = CurrentStaff.get();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into case_note (id, family_id, child_id, noted_on, text, corrects_note_id,
                                               author_username, author_name, author_role, created_at)
                        values (:id, :familyId, :childId, :notedOn, :text, :corrects, :username, :name, :role, :at)
                        """)
                .param("id", id)
                .param("familyId", familyId)
                .param("childId", childId)
                .param("notedOn", Date.valueOf(notedOn))
                .param("text", text)
                .param("corrects", corrects)
                .param("username", author.username())
                .param("name", author.fullName())
                .param("role", author.role().name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    public List<CaseNote> forFamily(UUID familyId) {
        return jdbc.sql("select * from case_note where family_id = :familyId order by created_at desc, id")
                .param("familyId", familyId)
                .query(CaseNote.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<CaseNote> findNote(UUID noteId) {
        return jdbc.sql("select * from case_note where id = :id")
                .param("id", noteId)
                .query(CaseNote.class)
                .optional();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
