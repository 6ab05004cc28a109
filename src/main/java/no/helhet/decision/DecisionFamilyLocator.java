package no.helhet.decision;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a decision, for handlers that declare {@code decisionId}. */
@Component
class DecisionFamilyLocator implements FamilyLocator {

    private final DecisionRepository repository;

    DecisionFamilyLocator(DecisionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "decisionId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(Decision::familyId);
    }
}
