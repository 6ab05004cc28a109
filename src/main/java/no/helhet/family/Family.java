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

/** A family: the holder of the right. Guardians and children are aggregates of their own. */
@Table("family")
record Family(
        @Id UUID id,
        String addressMunicipality,
        String phone,
        String email,
        String letterLanguage,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Family withContact(
            String addressMunicipality,
            String phone,
            String email,
            String letterLanguage,
            Integer version,
            Instant at,
            String by) {
        return new Family(id, addressMunicipality, phone, email, letterLanguage, version, createdAt, createdBy, at, by);
    }
}
