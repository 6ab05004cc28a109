package no.helhet.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface IndividualPlanRepository extends ListCrudRepository<IndividualPlan, UUID> {

    Optional<IndividualPlan> findByChildId(UUID childId);

    List<IndividualPlan> findByFamilyId(UUID familyId);

    List<IndividualPlan> findByNextEvaluationOnBefore(LocalDate date);

    long countByNextEvaluationOnBefore(LocalDate date);
}
