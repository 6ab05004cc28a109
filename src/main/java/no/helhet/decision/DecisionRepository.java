package no.helhet.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, UUID> {

    List<Decision> findByCoordinatorRequestIdOrderByCreatedAt(UUID requestId);

    Optional<Decision> findByEligibilityAssessmentId(UUID assessmentId);
}
