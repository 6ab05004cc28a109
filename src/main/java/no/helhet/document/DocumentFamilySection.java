package no.helhet.document;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's list of letters. */
@Component
class DocumentFamilySection implements FamilySection {

    private final DocumentService documents;
    private final LetterDispatches dispatches;

    DocumentFamilySection(DocumentService documents, LetterDispatches dispatches) {
        this.documents = documents;
        this.dispatches = dispatches;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "document/family-section";
    }

    @Override
    public String headingKey() {
        return "document.title";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        java.util.List<DocumentSummary> letters = documents.forFamily(familyId);
        return new Data(
                familyId,
                letters,
                dispatches.of(letters.stream().map(DocumentSummary::id).toList()));
    }

    record Data(UUID familyId, java.util.List<DocumentSummary> documents, java.util.Map<UUID, Dispatch> dispatches) {}
}
