package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanCommentRepository extends ListCrudRepository<PlanComment, UUID> {

    List<PlanComment> findByPlanId(UUID planId);

    boolean existsByMeasureId(UUID measureId);
}
