package no.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
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

/** A consent with whom it was given by and what it covers. */
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
        @MappedCollection(idColumn = "consent_id") Set<ConsentedGuardian> guardians,
        @MappedCollection(idColumn = "consent_id") Set<ConsentedProvider> providers,
        @MappedCollection(idColumn = "consent_id") Set<ConsentedInformation> information,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Consent withdrawn(Instant at, String by) {
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
                guardians,
                providers,
                information,
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
                guardians,
                providers,
                information,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
