package no.helhet.request;

import java.util.List;
import no.helhet.family.TimelineSource;
import org.springframework.stereotype.Component;

/** The requests on a family's timeline; a request concerns all its children, so its child is the first one named. */
@Component
class RequestTimeline implements TimelineSource {

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("REQUEST", """
                select ((r.received_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'REQUEST' as kind,
                       (select min(rc.child_id::text)::uuid from coordinator_request_child rc where rc.coordinator_request_id = r.id) as child_id,
                       r.channel as detail, r.created_by as recorded_by,
                       r.created_at as registered_at, '/requests/' || r.id as link
                  from coordinator_request r where r.family_id = :familyId
                """));
    }
}
