package no.helhet.family;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
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
        @Version Integer version,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {}
