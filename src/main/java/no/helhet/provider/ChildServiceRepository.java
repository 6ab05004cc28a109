package no.helhet.provider;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildServiceRepository extends ListCrudRepository<ChildService, UUID> {

    List<ChildService> findByFamilyId(UUID familyId);
}
