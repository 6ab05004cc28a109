package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanChangeRepository extends ListCrudRepository<PlanChange, UUID> {

    List<PlanChange> findByPlanId(UUID planId);
}
