package no.helhet.appointment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, UUID> {

    List<Appointment> findByFamilyIdOrderByStartsOnDesc(UUID familyId);

    List<Appointment> findByDecisionId(UUID decisionId);

    List<Appointment> findByCoordinatorIdAndEndedOnIsNullOrderByStartsOn(UUID coordinatorId);

    List<Appointment> findByCoordinatorRequestIdOrderByStartsOn(UUID requestId);
}
