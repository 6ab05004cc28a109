package no.helhet.document;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's list of letters. */
@Component
class DocumentFamilySection implements FamilySection {

    private final DocumentService documents;

    DocumentFamilySection(DocumentService documents) {
        this.documents = documents;
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
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        return new Data(familyId, documents.forFamily(familyId));
    }

    record Data(UUID familyId, java.util.List<DocumentSummary> documents) {}
}
