package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanEvaluationRepository extends ListCrudRepository<PlanEvaluation, UUID> {

    List<PlanEvaluation> findByPlanId(UUID planId);

    boolean existsByMeasureId(UUID measureId);
}
