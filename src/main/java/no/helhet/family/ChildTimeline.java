package no.helhet.family;

import java.util.List;
import org.springframework.stereotype.Component;

/** Children registered as born and children's details corrected, on the family's timeline. */
@Component
class ChildTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("CHILD_BORN", """
                        select cc.created_at as occurred_at, 'CHILD_BORN' as kind, cc.child_id as child_id,
                               cc.fields as detail, cc.created_by as recorded_by,
                               cc.created_at as registered_at, '/families/' || cc.family_id as link
                          from child_change cc where cc.family_id = :familyId and cc.kind = 'BORN'
                        """), new TimelineSelect("CHILD_CORRECTED", """
                        select cc.created_at as occurred_at, 'CHILD_CORRECTED' as kind, cc.child_id as child_id,
                               cc.fields as detail, cc.created_by as recorded_by,
                               cc.created_at as registered_at, '/families/' || cc.family_id as link
                          from child_change cc where cc.family_id = :familyId and cc.kind = 'CORRECTED'
                        """));
    }
}
