package no.helhet.meeting;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a meeting, for handlers that declare {@code meetingId}. */
@Component
class MeetingFamilyLocator implements FamilyLocator {

    private final MeetingRepository repository;

    MeetingFamilyLocator(MeetingRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "meetingId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(Meeting::familyId);
    }
}
