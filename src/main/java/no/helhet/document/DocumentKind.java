package no.helhet.document;

import java.time.LocalDate;

/** The kinds of letter Helhet writes, each with its template under {@code templates/letters/} and file name. */
public enum DocumentKind {
    PRELIMINARY_ANSWER("preliminary-answer", "forelopig-svar"),
    DECISION_LETTER("decision", "avgjorelse-koordinator"),
    APPOINTMENT_LETTER("appointment", "oppnevning-koordinator"),
    CONSENT_FORM("consent", "samtykke"),
    /** The formal individual plan. */
    INDIVIDUAL_PLAN("plan", "individuell-plan"),
    /** The individual plan for the family, in plain language and larger type. */
    INDIVIDUAL_PLAN_FAMILY("plan-family", "individuell-plan-familie"),
    /** What has changed in the plan since an approved version, for the family. */
    PLAN_AMENDMENT("plan-amendment", "endringer-individuell-plan"),
    /** A complaint the coordinating unit upheld, sent on to Statsforvalteren (a copy to the family). */
    COMPLAINT_FORWARDING("complaint-forwarding", "oversendelse-klage-statsforvalteren"),
    /** The case documents sent with a forwarded complaint: one PDF/A with an index page. */
    COMPLAINT_BUNDLE("complaint-bundle", "saksdokumenter-klage"),
    /** A change of coordinator, or of the kind of coordinator, with complaint information. */
    CHANGE_LETTER("appointment-change", "endring-koordinator"),
    /** The end of the right to a coordinator, with the reason and complaint information. */
    END_LETTER("appointment-end", "opphor-koordinator"),
    /** Who has read or changed the family's data (its access log), for the family; rendered, not stored. */
    ACCESS_REPORT("access-report", "innsyn-tilgangslogg");

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
