package no.helhet.assessment;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of an assessment, for handlers that declare {@code assessmentId}. */
@Component
class AssessmentFamilyLocator implements FamilyLocator {

    private final EligibilityAssessmentRepository repository;

    AssessmentFamilyLocator(EligibilityAssessmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "assessmentId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(EligibilityAssessment::familyId);
    }
}
