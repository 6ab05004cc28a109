package no.helhet.decision;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The decisions on a family's timeline. */
@Component
class DecisionTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("DECISION", """
                select ((d.decided_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'DECISION' as kind, d.child_id, d.outcome as detail, d.created_by as recorded_by,
                       d.created_at as registered_at, '/requests/' || d.coordinator_request_id as link
                  from decision d where d.family_id = :familyId
                """));
    }
}
