package no.helhet.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a letter needs: its kind, the family it goes to (the guardians with parental responsibility
 * are its recipients, or the youth where the law gives the youth the say), the date it bears,
 * optionally the child it is about and the case (request) it belongs to, and what the kind's
 * template shows besides.
 */
public record LetterRequest(
        DocumentKind kind,
        UUID familyId,
        LocalDate dated,
        UUID childId,
        Map<String, Object> model,
        UUID caseId,
        boolean toYouth) {

    public LetterRequest {
        model = Map.copyOf(model);
    }

    public LetterRequest(DocumentKind kind, UUID familyId, LocalDate dated, UUID childId, Map<String, Object> model) {
        this(kind, familyId, dated, childId, model, null, false);
    }

    public static LetterRequest of(DocumentKind kind, UUID familyId, LocalDate dated) {
        return new LetterRequest(kind, familyId, dated, null, Map.of());
    }

    /** The same letter, about this child ({@code child} in the template). */
    public LetterRequest aboutChild(UUID child) {
        return new LetterRequest(kind, familyId, dated, child, model, caseId, toYouth);
    }

    /** The same letter, in this case (a request's id): its reference is printed on the letter. */
    public LetterRequest inCase(UUID requestId) {
        return new LetterRequest(kind, familyId, dated, childId, model, requestId, toYouth);
    }

    /** The same letter, addressed to the youth it is about instead of the guardians. */
    public LetterRequest toTheYouth() {
        return new LetterRequest(kind, familyId, dated, childId, model, caseId, true);
    }

    /**
     * The same letter in a language ({@code nb} or {@code nn}); without it, bokmål. Held in the model
     * as {@code letterLanguage}, which the template also puts in its {@code lang}.
     */
    public LetterRequest inLanguage(String languageTag) {
        return with(Letters.LANGUAGE, languageTag);
    }

    /** The same letter, with one more value for the template. */
    public LetterRequest with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(model);
        more.put(name, value);
        return new LetterRequest(kind, familyId, dated, childId, more, caseId, toYouth);
    }
}
