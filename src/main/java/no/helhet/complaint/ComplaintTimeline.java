package no.helhet.complaint;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** Complaints, their reconsideration and Statsforvalteren's outcome, and notices, on the family's timeline. */
@Component
class ComplaintTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(
                new TimelineSelect("COMPLAINT", """
                        select c.created_at as occurred_at, 'COMPLAINT' as kind, c.child_id, c.kind as detail, c.created_by as recorded_by
                          from complaint c where c.family_id = :familyId
                        """),
                new TimelineSelect("COMPLAINT_RECONSIDERED", """
                        select cast(c.reconsidered_on as timestamptz) as occurred_at, 'COMPLAINT_RECONSIDERED' as kind, c.child_id,
                               c.reconsideration as detail, c.modified_by as recorded_by
                          from complaint c where c.family_id = :familyId and c.reconsidered_on is not null
                        """),
                new TimelineSelect("COMPLAINT_GOVERNOR", """
                        select cast(c.governor_outcome_on as timestamptz) as occurred_at, 'COMPLAINT_GOVERNOR' as kind, c.child_id,
                               c.governor_outcome as detail, c.modified_by as recorded_by
                          from complaint c where c.family_id = :familyId and c.governor_outcome_on is not null
                        """),
                new TimelineSelect("COOPERATION_NOTICE", """
                        select n.created_at as occurred_at, 'COOPERATION_NOTICE' as kind, cast(null as uuid) as child_id,
                               n.from_whom as detail, n.created_by as recorded_by
                          from cooperation_notice n where n.family_id = :familyId
                        """));
    }
}
