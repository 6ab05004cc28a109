package no.helhet.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every kind of letter the same way: the family, its recipients (guardians with parental
 * responsibility, or the youth), the case reference, the signing caseworker and the complaint period
 * into the model, the kind's template rendered to PDF/A in the family's written standard (bokmål or
 * nynorsk, the municipality's default unless the family chose), the PDF stored with the family's
 * case. Modules only say what the letter shows.
 */
@Service
public class Letters {

    /** The model key of a letter's language tag ({@link LetterRequest#inLanguage}). */
    static final String LANGUAGE = "letterLanguage";

    private final FamilyService families;
    private final LetterRenderer renderer;
    private final DocumentService documents;
    private final StaffDirectory staff;
    private final Settings settings;

    Letters(
            FamilyService families,
            LetterRenderer renderer,
            DocumentService documents,
            StaffDirectory staff,
            MunicipalityProperties municipality,
            RulesProperties rules) {
        this.families = families;
        this.renderer = renderer;
        this.documents = documents;
        this.staff = staff;
        this.settings = new Settings(municipality, rules);
    }

    /** Writes and stores the letter; returns the stored document's id. */
    @Transactional
    public UUID write(LetterRequest letter) {
        byte[] pdf = render(letter, false);
        return documents.storePdf(
                letter.familyId(), letter.kind(), letter.kind().fileName(letter.dated()), pdf);
    }

    /** Renders the letter as {@link #write} does, without storing it (a report the family downloads). */
    @Transactional(readOnly = true)
    byte[] render(LetterRequest letter) {
        return render(letter, false);
    }

    /**
     * The letter as {@link #write} would make it, from the same template and model, marked as a
     * draft on every page ({@code preview} in the model) and stored nowhere: for looking at a letter
     * before the decision or appointment it belongs to is made (issue 8 item 3).
     */
    @Transactional(readOnly = true)
    public byte[] preview(LetterRequest letter) {
        return render(letter, true);
    }

    private byte[] render(LetterRequest letter, boolean preview) {
        Map<String, Object> model = new HashMap<>(letter.model());
        FamilyDetails family = families.getFamily(letter.familyId());
        ChildSummary child = letter.childId() == null ? null : families.getChild(letter.childId());
        model.put("family", family);
        if (child != null) {
            model.put("child", child);
        }
        model.put("recipients", LetterRecipient.of(family, child, letter.toYouth()));
        model.put("toYouth", letter.toYouth());
        model.put("reference", CaseReference.of(letter.caseId() != null ? letter.caseId() : letter.familyId()));
        model.put("signer", signer());
        model.put("complaintWeeks", settings.complaintWeeks());
        model.put("complaintDays", settings.rules().complaintDeadline().getDays());
        model.put("dated", letter.dated());
        model.put("preview", preview);
        // A letter asked for in a given language (the plan in the family's chosen standard) is written
        // in it; otherwise in the family's preferred standard of writing.
        Locale locale = model.containsKey(LANGUAGE)
                ? Locale.forLanguageTag(String.valueOf(model.get(LANGUAGE)))
                : languageOf(family);
        return renderer.render(letter.kind().template(), model, locale);
    }

    /** The family's written standard, or the municipality's default. */
    Locale languageOf(FamilyDetails family) {
        String tag = family.letterLanguage() != null
                ? family.letterLanguage()
                : settings.municipality().letterLanguage();
        return Locale.forLanguageTag("nn".equals(tag) ? "nn" : "nb");
    }

    private LetterSigner signer() {
        return CurrentStaff.find()
                .flatMap(p -> staff.findStaff(p.id()))
                .map(s -> new LetterSigner(s.fullName(), "role." + s.role().name(), s.unitName()))
                .orElse(new LetterSigner(null, null, null));
    }

    private record Settings(MunicipalityProperties municipality, RulesProperties rules) {

        /** The complaint period in whole weeks, or 0 when it is not a whole number of weeks. */
        int complaintWeeks() {
            int days = rules.complaintDeadline().getDays();
            return rules.complaintDeadline().toTotalMonths() == 0 && days % 7 == 0 ? days / 7 : 0;
        }
    }
}
