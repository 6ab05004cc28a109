package no.helhet.request;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CoordinatorRequestRepository extends ListCrudRepository<CoordinatorRequest, UUID> {

    List<CoordinatorRequest> findByFamilyIdOrderByReceivedOnDesc(UUID familyId);
}
