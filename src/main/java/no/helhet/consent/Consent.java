package no.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consent with whom it was given by and what it covers; given digitally (in the family portal),
 * also who gave it there and each guardian's confirmation.
 */
@Table("consent")
record Consent(
        @Id UUID id,
        UUID familyId,
        UUID childId,
        ConsentGiver givenBy,
        ConsentForm form,
        LocalDate givenOn,
        LocalDate expiresOn,
        Instant withdrawnAt,
        String withdrawnBy,
        UUID formDocumentId,
        UUID givenByGuardianId,
        UUID withdrawnByGuardianId,
        @MappedCollection(idColumn = "consent_id") Set<ConsentedGuardian> guardians,
        @MappedCollection(idColumn = "consent_id") Set<ConsentedProvider> providers,
        @MappedCollection(idColumn = "consent_id") Set<ConsentedInformation> information,
        @MappedCollection(idColumn = "consent_id") Set<ConsentConfirmation> confirmations,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Consent withdrawn(Instant at, String by, UUID guardianId) {
        return new Consent(
                id,
                familyId,
                childId,
                givenBy,
                form,
                givenOn,
                expiresOn,
                at,
                by,
                formDocumentId,
                givenByGuardianId,
                guardianId,
                guardians,
                providers,
                information,
                confirmations,
                version,
                createdAt,
                createdBy,
                at,
                by);
    }

    Consent withFormDocument(UUID documentId) {
        return new Consent(
                id,
                familyId,
                childId,
                givenBy,
                form,
                givenOn,
                expiresOn,
                withdrawnAt,
                withdrawnBy,
                documentId,
                givenByGuardianId,
                withdrawnByGuardianId,
                guardians,
                providers,
                information,
                confirmations,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    /** The consent with the guardian's confirmation added (kept as it was when already confirmed). */
    Consent confirmedBy(UUID guardianId, Instant at) {
        if (confirmations.stream().anyMatch(c -> c.guardianId().equals(guardianId))) {
            return this;
        }
        Set<ConsentConfirmation> next = new HashSet<>(confirmations);
        next.add(new ConsentConfirmation(guardianId, at));
        return new Consent(
                id,
                familyId,
                childId,
                givenBy,
                form,
                givenOn,
                expiresOn,
                withdrawnAt,
                withdrawnBy,
                formDocumentId,
                givenByGuardianId,
                withdrawnByGuardianId,
                guardians,
                providers,
                information,
                Set.copyOf(next),
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
