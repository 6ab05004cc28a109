package no.helhet.request;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterRenderer;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the preliminary answer (foreløpig svar) for a request that has waited past the limit. */
@Service
class PreliminaryAnswer {

    private final FamilyService families;
    private final LetterRenderer letters;
    private final DocumentService documents;
    private final RequestService requests;

    PreliminaryAnswer(
            FamilyService families, LetterRenderer letters, DocumentService documents, RequestService requests) {
        this.families = families;
        this.letters = letters;
        this.documents = documents;
        this.requests = requests;
    }

    @Transactional
    UUID write(RequestSummary request, LocalDate expectedAnswerBy) {
        FamilyDetails family = families.getFamily(request.familyId());
        byte[] pdf = letters.render(
                "preliminary-answer",
                Map.of(
                        "family", family,
                        "request", request,
                        "today", requests.today(),
                        "expectedAnswerBy", expectedAnswerBy));
        return documents.storePdf(
                request.familyId(),
                DocumentKind.PRELIMINARY_ANSWER,
                "forelopig-svar-" + requests.today() + ".pdf",
                pdf);
    }
}
