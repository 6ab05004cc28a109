package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanMeasureRepository extends ListCrudRepository<PlanMeasure, UUID> {

    List<PlanMeasure> findByPlanId(UUID planId);

    boolean existsByPlanIdAndServiceProviderId(UUID planId, UUID serviceProviderId);
}
