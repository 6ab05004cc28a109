package no.helhet.provider;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The child services on a family's timeline. */
@Component
class ServiceTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("SERVICE", """
                select v.created_at as occurred_at, 'SERVICE' as kind, v.child_id, v.description as detail, v.created_by as recorded_by,
                       v.created_at as registered_at, '/families/' || v.family_id as link
                  from service v where v.family_id = :familyId
                """));
    }
}
