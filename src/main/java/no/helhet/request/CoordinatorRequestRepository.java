package no.helhet.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CoordinatorRequestRepository extends ListCrudRepository<CoordinatorRequest, UUID> {

    List<CoordinatorRequest> findByFamilyIdOrderByReceivedOnDesc(UUID familyId);

    /** The day of the decision, outside the aggregate: only the dashboard's waiting times read it. */
    @Modifying
    @Query("update coordinator_request set decided_on = :decidedOn where id = :id")
    void recordDecidedOn(UUID id, LocalDate decidedOn);
}
