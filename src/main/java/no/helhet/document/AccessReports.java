package no.helhet.document;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.audit.FamilyAccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's access report: who has read or changed its data, when and what (its whole access
 * log in plain words, {@link FamilyAccessLog}), as a PDF/A-2 letter to the family, written like
 * every other letter but not stored (it is made afresh on each download, and each download is
 * itself in the log).
 */
@Service
public class AccessReports {

    private final Letters letters;
    private final FamilyAccessLog log;

    AccessReports(Letters letters, FamilyAccessLog log) {
        this.letters = letters;
        this.log = log;
    }

    /**
     * The report in a language: {@code nb}, {@code nn} or {@code en} (the language the family reads
     * the portal in); any other tag gives bokmål.
     */
    @Transactional(readOnly = true)
    public byte[] render(UUID familyId, String languageTag, LocalDate dated) {
        String language = "nn".equals(languageTag) || "en".equals(languageTag) ? languageTag : "nb";
        return letters.render(LetterRequest.of(DocumentKind.ACCESS_REPORT, familyId, dated)
                .inLanguage(language)
                .with("entries", log.all(familyId)));
    }

    /** The file name of the report. */
    public String fileName(LocalDate dated) {
        return DocumentKind.ACCESS_REPORT.fileName(dated);
    }
}
