package no.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A consent as pages and other modules see it. */
public record ConsentView(
        UUID id,
        UUID familyId,
        UUID childId,
        ConsentGiver givenBy,
        ConsentForm form,
        LocalDate givenOn,
        LocalDate expiresOn,
        Instant withdrawnAt,
        Set<UUID> guardianIds,
        Set<UUID> providerIds,
        Set<InformationKind> information,
        String recordedBy,
        UUID formDocumentId,
        int version) {

    /** Whether the consent holds at an instant: given, not expired, not withdrawn. */
    public boolean activeAt(Instant instant, LocalDate today) {
        return !givenOn.isAfter(today)
                && (expiresOn == null || !today.isAfter(expiresOn))
                && (withdrawnAt == null || instant.isBefore(withdrawnAt));
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }

    static ConsentView of(Consent c) {
        return new ConsentView(
                c.id(),
                c.familyId(),
                c.childId(),
                c.givenBy(),
                c.form(),
                c.givenOn(),
                c.expiresOn(),
                c.withdrawnAt(),
                c.guardians().stream().map(ConsentedGuardian::guardianId).collect(Collectors.toSet()),
                c.providers().stream().map(ConsentedProvider::serviceProviderId).collect(Collectors.toSet()),
                c.information().stream().map(ConsentedInformation::kind).collect(Collectors.toSet()),
                c.createdBy(),
                c.formDocumentId(),
                c.version());
    }
}
