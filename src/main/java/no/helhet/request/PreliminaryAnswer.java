package no.helhet.request;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import org.springframework.stereotype.Service;

/** Writes the preliminary answer (foreløpig svar) for a request that has waited past the limit. */
@Service
class PreliminaryAnswer {

    private final Letters letters;
    private final RequestService requests;

    PreliminaryAnswer(Letters letters, RequestService requests) {
        this.letters = letters;
        this.requests = requests;
    }

    UUID write(RequestSummary request, LocalDate expectedAnswerBy) {
        return letters.write(LetterRequest.of(DocumentKind.PRELIMINARY_ANSWER, request.familyId(), requests.today())
                .inCase(request.id())
                .with("request", request)
                .with("expectedAnswerBy", expectedAnswerBy));
    }
}
