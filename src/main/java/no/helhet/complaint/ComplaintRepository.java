package no.helhet.complaint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ComplaintRepository extends ListCrudRepository<Complaint, UUID> {

    List<Complaint> findByFamilyIdOrderByReceivedOnDesc(UUID familyId);

    List<Complaint> findByCoordinatorRequestIdOrderByReceivedOnDesc(UUID requestId);

    Optional<Complaint> findByReconsiderationAssessmentId(UUID assessmentId);

    /** Complaints not yet finished: without reconsideration, reversing without a new decision, or at Statsforvalteren. */
    @Query("""
            select * from complaint
             where reconsideration is null
                or (reconsideration = 'UPHELD' and governor_outcome is null)
                or (reconsideration <> 'UPHELD' and new_decision_id is null)
             order by deadline nulls last, received_on
            """)
    List<Complaint> findOpen();
}
