package no.helhet.request;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a request, for handlers that declare {@code requestId}. */
@Component
class RequestFamilyLocator implements FamilyLocator {

    private final CoordinatorRequestRepository repository;

    RequestFamilyLocator(CoordinatorRequestRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "requestId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(CoordinatorRequest::familyId);
    }
}
