package no.helhet.collaboration;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CoordinationResponsibilityRepository extends ListCrudRepository<CoordinationResponsibility, UUID> {

    List<CoordinationResponsibility> findByFamilyId(UUID familyId);
}
