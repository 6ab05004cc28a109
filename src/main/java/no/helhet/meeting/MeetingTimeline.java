package no.helhet.meeting;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The meetings on a family's timeline, at the time they start. */
@Component
class MeetingTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("MEETING", """
                select m.starts_at as occurred_at, 'MEETING' as kind, null::uuid as child_id, m.kind as detail,
                       m.created_by as recorded_by, m.created_at as registered_at, '/meetings/' || m.id as link
                  from meeting m where m.family_id = :familyId
                """));
    }
}
