package no.helhet.document;

import java.time.LocalDate;

/** The kinds of letter Helhet writes, each with its template under {@code templates/letters/} and file name. */
public enum DocumentKind {
    PRELIMINARY_ANSWER("preliminary-answer", "forelopig-svar"),
    DECISION_LETTER("decision", "avgjorelse-koordinator"),
    APPOINTMENT_LETTER("appointment", "oppnevning-koordinator"),
    CONSENT_FORM("consent", "samtykke");

    private final String template;
    private final String fileNamePrefix;

    DocumentKind(String template, String fileNamePrefix) {
        this.template = template;
        this.fileNamePrefix = fileNamePrefix;
    }

    String template() {
        return template;
    }

    String fileName(LocalDate dated) {
        return fileNamePrefix + "-" + dated + ".pdf";
    }
}
