package no.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A consent as pages and other modules see it. A consent given digitally ({@link ConsentForm#DIGITAL})
 * also carries who gave it and when each guardian confirmed it; it is pending, and not active, until
 * every guardian named on it has confirmed (docs/adr/0015).
 */
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
        int version,
        UUID givenByGuardianId,
        Map<UUID, Instant> confirmations) {

    /** A consent staff recorded (none given digitally, no confirmations). */
    public ConsentView(
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
        this(
                id,
                familyId,
                childId,
                givenBy,
                form,
                givenOn,
                expiresOn,
                withdrawnAt,
                guardianIds,
                providerIds,
                information,
                recordedBy,
                formDocumentId,
                version,
                null,
                Map.of());
    }

    /**
     * Whether the consent holds at an instant: given, not expired, not withdrawn, and, given
     * digitally, confirmed by every guardian named on it by then.
     */
    public boolean activeAt(Instant instant, LocalDate today) {
        return !givenOn.isAfter(today)
                && (expiresOn == null || !today.isAfter(expiresOn))
                && (withdrawnAt == null || instant.isBefore(withdrawnAt))
                && confirmedAt(instant);
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }

    /** Given digitally and not yet confirmed by every guardian named on it: not active. */
    public boolean pending() {
        return form == ConsentForm.DIGITAL && !confirmations.keySet().containsAll(guardianIds);
    }

    /** Whether the guardian is named on this consent given digitally and has yet to confirm it. */
    public boolean awaits(UUID guardianId) {
        return form == ConsentForm.DIGITAL
                && withdrawnAt == null
                && guardianIds.contains(guardianId)
                && !confirmations.containsKey(guardianId);
    }

    /** When the last guardian confirmed a consent given digitally (from then it is active), if all have. */
    public Optional<Instant> confirmedSince() {
        if (form != ConsentForm.DIGITAL || pending()) {
            return Optional.empty();
        }
        return guardianIds.stream().map(confirmations::get).max(Instant::compareTo);
    }

    private boolean confirmedAt(Instant instant) {
        if (form != ConsentForm.DIGITAL) {
            return true;
        }
        return guardianIds.stream().allMatch(g -> {
            Instant at = confirmations.get(g);
            return at != null && !at.isAfter(instant);
        });
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
                c.version(),
                c.givenByGuardianId(),
                c.confirmations() == null
                        ? Map.of()
                        : c.confirmations().stream()
                                .collect(Collectors.toMap(
                                        ConsentConfirmation::guardianId, ConsentConfirmation::confirmedAt)));
    }
}
