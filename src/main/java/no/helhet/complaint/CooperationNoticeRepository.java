package no.helhet.complaint;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CooperationNoticeRepository extends ListCrudRepository<CooperationNotice, UUID> {

    List<CooperationNotice> findByFamilyIdOrderByReceivedOnDesc(UUID familyId);
}
