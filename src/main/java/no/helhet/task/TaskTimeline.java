package no.helhet.task;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The tasks on a family's timeline. */
@Component
class TaskTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("TASK", """
                select t.created_at as occurred_at, 'TASK' as kind, null::uuid as child_id, coalesce(t.title_key, t.title) as detail,
                       t.created_by as recorded_by, t.created_at as registered_at,
                       '/families/' || t.family_id as link
                  from task t where t.family_id = :familyId
                """));
    }
}
