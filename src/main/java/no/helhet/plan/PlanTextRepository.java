package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanTextRepository extends ListCrudRepository<PlanText, UUID> {

    List<PlanText> findByPlanId(UUID planId);
}
