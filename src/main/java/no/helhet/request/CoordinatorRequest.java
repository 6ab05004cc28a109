package no.helhet.request;

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

/** A request for a barnekoordinator, and where it stands. */
@Table("coordinator_request")
record CoordinatorRequest(
        @Id UUID id,
        UUID familyId,
        RequestChannel channel,
        LocalDate receivedOn,
        RequesterKind requesterKind,
        UUID requesterGuardianId,
        String requesterName,
        String requesterRole,
        String familyWords,
        RequestStatus status,
        LocalDate closedOn,
        UUID coordinatorId,
        UUID coordinatorUnitId,

        @MappedCollection(idColumn = "coordinator_request_id")
        Set<RequestedChild> children,

        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    /** modified_at/modified_by are filled by auditing on save. */
    CoordinatorRequest withStatus(RequestStatus newStatus, LocalDate closed) {
        return new CoordinatorRequest(
                id,
                familyId,
                channel,
                receivedOn,
                requesterKind,
                requesterGuardianId,
                requesterName,
                requesterRole,
                familyWords,
                newStatus,
                closed,
                coordinatorId,
                coordinatorUnitId,
                children,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    CoordinatorRequest withCoordinator(UUID coordinator, UUID unit, LocalDate closed) {
        return new CoordinatorRequest(
                id,
                familyId,
                channel,
                receivedOn,
                requesterKind,
                requesterGuardianId,
                requesterName,
                requesterRole,
                familyWords,
                RequestStatus.APPOINTED,
                closed,
                coordinator,
                unit,
                children,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
