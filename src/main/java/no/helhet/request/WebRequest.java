package no.helhet.request;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A written request sent through the public form without login: only what the coordinating unit
 * needs to call back. Not yet tied to a family; KE registers the family and the request after the
 * call.
 */
@Table("web_request")
record WebRequest(
        @Id UUID id,
        String receiptNumber,
        Instant receivedAt,
        String contactName,
        String phone,
        String email,
        String callTime,
        WebRequestStatus status,
        Instant handledAt,
        String handledBy,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    WebRequest handled(Instant at, String by) {
        return new WebRequest(
                id,
                receiptNumber,
                receivedAt,
                contactName,
                phone,
                email,
                callTime,
                WebRequestStatus.HANDLED,
                at,
                by,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
