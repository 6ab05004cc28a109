package no.helhet.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.TimelineSource;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** The appointments on a family's timeline, and their ends, shown by the coordinator's name. */
@Component
class AppointmentTimeline implements TimelineSource {

    private final StaffDirectory staff;

    AppointmentTimeline(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("APPOINTMENT", """
                select p.created_at as occurred_at, 'APPOINTMENT' as kind, null::uuid as child_id,
                       p.coordinator_id::text as detail, p.created_by as recorded_by,
                       p.created_at as registered_at, '/requests/' || p.coordinator_request_id as link
                  from appointment p where p.family_id = :familyId
                """), new TimelineSelect("APPOINTMENT_ENDED", """
                select ((p.ended_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'APPOINTMENT_ENDED' as kind, null::uuid as child_id,
                       p.coordinator_id::text as detail, p.modified_by as recorded_by,
                       p.modified_at as registered_at, '/requests/' || p.coordinator_request_id as link
                  from appointment p where p.family_id = :familyId and p.ended_on is not null
                """));
    }

    @Override
    public Map<String, String> detailTexts(String kind, Collection<String> coordinatorIds) {
        return staff.staffByIds(coordinatorIds.stream().map(UUID::fromString).toList()).values().stream()
                .collect(Collectors.toMap(s -> s.id().toString(), s -> s.fullName()));
    }
}
