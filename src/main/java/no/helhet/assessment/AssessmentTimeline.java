package no.helhet.assessment;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The assessments on a family's timeline. */
@Component
class AssessmentTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("ASSESSMENT", """
                select a.created_at as occurred_at, 'ASSESSMENT' as kind, a.child_id, a.status as detail, a.created_by as recorded_by,
                       a.created_at as registered_at, '/assessments/' || a.id as link
                  from eligibility_assessment a where a.family_id = :familyId
                """));
    }
}
