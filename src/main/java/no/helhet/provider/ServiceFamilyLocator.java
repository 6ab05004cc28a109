package no.helhet.provider;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a child's service, for handlers that declare {@code serviceId}. */
@Component
class ServiceFamilyLocator implements FamilyLocator {

    private final ChildServiceRepository repository;

    ServiceFamilyLocator(ChildServiceRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "serviceId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(ChildService::familyId);
    }
}
