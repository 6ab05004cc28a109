package no.helhet.request;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.TimelineSource;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** The requests on a family's timeline; a request concerns all its children, so its child is the first one named. */
@Component
class RequestTimeline implements TimelineSource {

    private final StaffDirectory staff;

    RequestTimeline(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("REQUEST", """
                select ((r.received_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'REQUEST' as kind,
                       (select min(rc.child_id::text)::uuid from coordinator_request_child rc where rc.coordinator_request_id = r.id) as child_id,
                       r.channel as detail, r.created_by as recorded_by,
                       r.created_at as registered_at, '/requests/' || r.id as link
                  from coordinator_request r where r.family_id = :familyId
                """), new TimelineSelect("REQUEST_ASSIGNED", """
                select r.assigned_at as occurred_at, 'REQUEST_ASSIGNED' as kind,
                       (select min(rc.child_id::text)::uuid from coordinator_request_child rc where rc.coordinator_request_id = r.id) as child_id,
                       r.assigned_caseworker_id::text as detail, r.assigned_by as recorded_by,
                       r.assigned_at as registered_at, '/requests/' || r.id as link
                  from coordinator_request r where r.family_id = :familyId and r.assigned_at is not null
                """));
    }

    /** An assignment is shown by the caseworker's name (the request's channel needs no text here). */
    @Override
    public Map<String, String> detailTexts(String kind, Collection<String> details) {
        if (!"REQUEST_ASSIGNED".equals(kind)) {
            return Map.of();
        }
        return staff.staffByIds(details.stream().map(UUID::fromString).toList()).values().stream()
                .collect(Collectors.toMap(s -> s.id().toString(), s -> s.fullName()));
    }
}
