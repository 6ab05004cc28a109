package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PlanParticipantRepository extends ListCrudRepository<PlanParticipant, UUID> {

    List<PlanParticipant> findByPlanId(UUID planId);
}
