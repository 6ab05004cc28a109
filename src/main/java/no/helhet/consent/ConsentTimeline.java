package no.helhet.consent;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** Consents given and withdrawn on a family's timeline. */
@Component
class ConsentTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("CONSENT", """
                select ((c.given_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'CONSENT' as kind, c.child_id, c.given_by as detail, c.created_by as recorded_by,
                       c.created_at as registered_at, '/families/' || c.family_id as link
                  from consent c where c.family_id = :familyId
                """), new TimelineSelect("CONSENT_WITHDRAWN", """
                select c.withdrawn_at as occurred_at, 'CONSENT_WITHDRAWN' as kind, c.child_id, c.given_by as detail,
                       c.withdrawn_by as recorded_by, c.withdrawn_at as registered_at,
                       '/families/' || c.family_id as link
                  from consent c where c.family_id = :familyId and c.withdrawn_at is not null
                """));
    }
}
