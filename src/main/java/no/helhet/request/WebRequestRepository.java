package no.helhet.request;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface WebRequestRepository extends ListCrudRepository<WebRequest, UUID> {

    List<WebRequest> findByStatusOrderByReceivedAt(WebRequestStatus status);
}
