package no.helhet.document;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The letters on a family's timeline. */
@Component
class DocumentTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("LETTER", """
                select doc.created_at as occurred_at, 'LETTER' as kind, null::uuid as child_id, doc.kind as detail,
                       doc.created_by as recorded_by, doc.created_at as registered_at,
                       '/families/' || doc.family_id || '/documents/' || doc.id as link
                  from document doc where doc.family_id = :familyId
                """));
    }
}
