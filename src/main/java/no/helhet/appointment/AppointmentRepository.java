package no.helhet.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, UUID> {

    List<Appointment> findByFamilyIdOrderByStartsOnDesc(UUID familyId);

    List<Appointment> findByDecisionId(UUID decisionId);

    @Query("select * from appointment where " + Appointment.ACTIVE_ON_DATE_SQL + " order by starts_on, id")
    List<Appointment> findActiveOn(LocalDate date);

    /** One coordinator's active appointments, by the index on coordinator_id ("Mine familier"). */
    @Query("select * from appointment where coordinator_id = :coordinatorId and " + Appointment.ACTIVE_ON_DATE_SQL
            + " order by starts_on, id")
    List<Appointment> findActiveOnFor(UUID coordinatorId, LocalDate date);

    /** The active appointments of some families (the family page's summary), by the index on family_id. */
    @Query("select * from appointment where family_id in (:familyIds) and " + Appointment.ACTIVE_ON_DATE_SQL
            + " order by starts_on desc, id")
    List<Appointment> findActiveOnForFamilies(java.util.Collection<UUID> familyIds, LocalDate date);

    List<Appointment> findByCoordinatorRequestIdOrderByStartsOn(UUID requestId);

    /** The hours per month given for the appointment, outside the aggregate: only the dashboard reads them. */
    @Modifying
    @Query("update appointment set hours_per_month = :hours where id = :id")
    void recordHoursPerMonth(UUID id, BigDecimal hours);
}
