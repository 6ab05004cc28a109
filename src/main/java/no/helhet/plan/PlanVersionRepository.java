package no.helhet.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanVersionRepository extends ListCrudRepository<PlanVersion, UUID> {

    List<PlanVersion> findByPlanId(UUID planId);

    Optional<PlanVersion> findByPlanIdAndNumber(UUID planId, int number);
}
