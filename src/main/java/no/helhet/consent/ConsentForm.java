package no.helhet.consent;

/** How the consent was given. */
public enum ConsentForm {
    WRITTEN,
    ORAL
}
