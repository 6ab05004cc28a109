package no.helhet.consent;

/** How the consent was given. */
public enum ConsentForm {
    WRITTEN,
    ORAL,
    /**
     * Given by a guardian in the family portal: pending until every guardian with parental
     * responsibility has confirmed there (docs/adr/0015).
     */
    DIGITAL;

    /** The forms staff record (a consent given digitally comes only from the family portal). */
    public static ConsentForm[] recordedByStaff() {
        return new ConsentForm[] {WRITTEN, ORAL};
    }
}
