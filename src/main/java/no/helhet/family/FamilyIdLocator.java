package no.helhet.family;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** A family id names itself, if the family exists. */
@Component
class FamilyIdLocator implements FamilyLocator {

    private final FamilyRepository repository;

    FamilyIdLocator(FamilyRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "familyId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.existsById(id) ? Optional.of(id) : Optional.empty();
    }
}
