package no.helhet.document;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family a stored letter belongs to. */
@Component
class DocumentFamilyLocator implements FamilyLocator {

    private final DocumentService documents;

    DocumentFamilyLocator(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public String idName() {
        return "documentId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return documents.findSummary(id).map(DocumentSummary::familyId);
    }
}
