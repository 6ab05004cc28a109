package no.helhet.complaint;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a complaint, for handlers that declare {@code complaintId}. */
@Component
class ComplaintFamilyLocator implements FamilyLocator {

    private final ComplaintRepository repository;

    ComplaintFamilyLocator(ComplaintRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "complaintId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(Complaint::familyId);
    }
}
