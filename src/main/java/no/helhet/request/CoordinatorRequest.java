package no.helhet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
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
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {

    CoordinatorRequest withStatus(RequestStatus newStatus, LocalDate closed, Instant at, String by) {
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
                at,
                by);
    }

    CoordinatorRequest withCoordinator(UUID coordinator, UUID unit, LocalDate closed, Instant at, String by) {
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
                at,
                by);
    }
}
