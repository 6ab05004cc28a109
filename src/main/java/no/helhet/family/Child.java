package no.helhet.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
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
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {}
