package no.helhet.transfer;

import java.time.LocalDate;
import java.util.UUID;

/** A case export as the page shows it (the content is downloaded apart). */
record CaseExport(
        UUID id,
        UUID familyId,
        UUID appointmentId,
        String newMunicipality,
        ExportConsentGiver consentGivenBy,
        LocalDate consentGivenOn,
        LocalDate exportedOn) {}
