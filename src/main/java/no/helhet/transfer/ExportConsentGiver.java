package no.helhet.transfer;

/** Who consented to sending the case to the new municipality: the guardians, or the youth. */
enum ExportConsentGiver {
    GUARDIANS,
    YOUTH
}
