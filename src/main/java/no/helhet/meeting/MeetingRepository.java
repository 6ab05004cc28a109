package no.helhet.meeting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

    List<Meeting> findByFamilyIdOrderByStartsAtDesc(UUID familyId);
}
