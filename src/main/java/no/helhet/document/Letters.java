package no.helhet.document;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every kind of letter the same way: the family (and child) into the model, the kind's template
 * rendered to PDF/A, the PDF stored with the family's case. Modules only say what the letter shows.
 */
@Service
public class Letters {

    /** The model key of a letter's language tag ({@link LetterRequest#inLanguage}). */
    static final String LANGUAGE = "letterLanguage";

    private final FamilyService families;
    private final LetterRenderer renderer;
    private final DocumentService documents;

    Letters(FamilyService families, LetterRenderer renderer, DocumentService documents) {
        this.families = families;
        this.renderer = renderer;
        this.documents = documents;
    }

    /** Writes and stores the letter; returns the stored document's id. */
    @Transactional
    public UUID write(LetterRequest letter) {
        Map<String, Object> model = new HashMap<>(letter.model());
        model.put("family", families.getFamily(letter.familyId()));
        if (letter.childId() != null) {
            model.put("child", families.getChild(letter.childId()));
        }
        model.put("dated", letter.dated());
        java.util.Locale locale = model.containsKey(LANGUAGE)
                ? java.util.Locale.forLanguageTag(String.valueOf(model.get(LANGUAGE)))
                : LetterRenderer.LETTER_LOCALE;
        model.putIfAbsent(LANGUAGE, LetterRenderer.LETTER_LOCALE.toLanguageTag());
        byte[] pdf = renderer.render(letter.kind().template(), model, locale);
        return documents.storePdf(
                letter.familyId(), letter.kind(), letter.kind().fileName(letter.dated()), pdf);
    }
}
