package no.helhet.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface LetterDispatchRepository extends ListCrudRepository<LetterDispatch, UUID> {

    Optional<LetterDispatch> findByDocumentId(UUID documentId);

    List<LetterDispatch> findByDocumentIdIn(Collection<UUID> documentIds);
}
