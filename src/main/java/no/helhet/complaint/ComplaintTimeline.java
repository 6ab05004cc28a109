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
                        select ((c.received_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'COMPLAINT' as kind, c.child_id, c.kind as detail, c.created_by as recorded_by,
                               c.created_at as registered_at, '/complaints/' || c.id as link
                          from complaint c where c.family_id = :familyId
                        """),
                new TimelineSelect("COMPLAINT_RECONSIDERED", """
                        select ((c.reconsidered_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'COMPLAINT_RECONSIDERED' as kind, c.child_id,
                               c.reconsideration as detail, c.modified_by as recorded_by,
                               c.modified_at as registered_at, '/complaints/' || c.id as link
                          from complaint c where c.family_id = :familyId and c.reconsidered_on is not null
                        """),
                new TimelineSelect("COMPLAINT_GOVERNOR", """
                        select ((c.governor_outcome_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'COMPLAINT_GOVERNOR' as kind, c.child_id,
                               c.governor_outcome as detail, c.modified_by as recorded_by,
                               c.modified_at as registered_at, '/complaints/' || c.id as link
                          from complaint c where c.family_id = :familyId and c.governor_outcome_on is not null
                        """),
                new TimelineSelect("COOPERATION_NOTICE", """
                        select ((n.received_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'COOPERATION_NOTICE' as kind, cast(null as uuid) as child_id,
                               n.from_whom as detail, n.created_by as recorded_by,
                               n.created_at as registered_at, '/families/' || n.family_id as link
                          from cooperation_notice n where n.family_id = :familyId
                        """));
    }
}
