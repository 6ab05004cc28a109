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
                select d.created_at as occurred_at, 'DECISION' as kind, d.child_id, d.outcome as detail, d.created_by as recorded_by
                  from decision d where d.family_id = :familyId
                """));
    }
}
