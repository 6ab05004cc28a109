package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanGoalRepository extends ListCrudRepository<PlanGoal, UUID> {

    List<PlanGoal> findByPlanId(UUID planId);
}
