package no.helhet.document;

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

/** When and how a letter was sent. */
@Table("letter_dispatch")
record LetterDispatch(
        @Id UUID id,
        UUID documentId,
        LocalDate sentOn,
        DispatchChannel channel,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {}
