package no.helhet.note;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The case notes on a family's timeline. */
@Component
class CaseNoteTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("NOTE", """
                select n.created_at as occurred_at, 'NOTE' as kind, n.child_id, n.author_name as detail,
                       n.author_username as recorded_by, n.created_at as registered_at,
                       '/families/' || n.family_id || '#note-' || n.id as link
                  from case_note n where n.family_id = :familyId
                """));
    }
}
