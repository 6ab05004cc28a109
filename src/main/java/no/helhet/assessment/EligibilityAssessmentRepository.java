package no.helhet.assessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface EligibilityAssessmentRepository extends ListCrudRepository<EligibilityAssessment, UUID> {

    List<EligibilityAssessment> findByCoordinatorRequestIdOrderByCreatedAt(UUID requestId);
}
