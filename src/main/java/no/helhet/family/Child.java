package no.helhet.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A child in a family, born (birth date) or expected (due date or adoption under way). */
@Table("child")
record Child(
        @Id UUID id,
        UUID familyId,
        String nationalId,
        String givenName,
        String familyName,
        LocalDate birthDate,
        LocalDate expectedDate,
        ExpectedKind expectedKind,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    /** The child with new details, as seen at {@code seenVersion}; born when a birth date is given. */
    Child withDetails(
            String nationalId,
            String givenName,
            String familyName,
            LocalDate birthDate,
            LocalDate expectedDate,
            ExpectedKind expectedKind,
            int seenVersion) {
        return new Child(
                id,
                familyId,
                nationalId,
                givenName,
                familyName,
                birthDate,
                birthDate == null ? expectedDate : null,
                birthDate == null ? expectedKind : null,
                seenVersion,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
