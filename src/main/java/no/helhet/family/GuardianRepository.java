package no.helhet.family;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface GuardianRepository extends ListCrudRepository<Guardian, UUID> {

    List<Guardian> findByFamilyIdOrderByFamilyNameAscGivenNameAsc(UUID familyId);

    List<Guardian> findByFamilyIdIn(Collection<UUID> familyIds);
}
