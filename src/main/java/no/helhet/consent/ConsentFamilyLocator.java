package no.helhet.consent;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a consent, for handlers that declare {@code consentId}. */
@Component
class ConsentFamilyLocator implements FamilyLocator {

    private final ConsentRepository repository;

    ConsentFamilyLocator(ConsentRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "consentId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(Consent::familyId);
    }
}
