package no.helhet.collaboration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CollaborationRepository extends ListCrudRepository<Collaboration, UUID> {

    List<Collaboration> findByFamilyId(UUID familyId);

    Optional<Collaboration> findByChildIdAndServiceProviderId(UUID childId, UUID providerId);
}
