package no.helhet.family;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A guardian in a family. */
@Table("guardian")
record Guardian(
        @Id UUID id,
        UUID familyId,
        String nationalId,
        String givenName,
        String familyName,
        boolean parentalResponsibility,
        String phone,
        String email,
        String streetAddress,
        String postcode,
        String postPlace,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Guardian withAddress(PostalAddress address, int seenVersion) {
        return new Guardian(
                id,
                familyId,
                nationalId,
                givenName,
                familyName,
                parentalResponsibility,
                phone,
                email,
                address.street(),
                address.postcode(),
                address.place(),
                seenVersion,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
