package no.helhet.consent;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ConsentRepository extends ListCrudRepository<Consent, UUID> {

    List<Consent> findByFamilyIdOrderByGivenOnDesc(UUID familyId);

    List<Consent> findByChildId(UUID childId);
}
