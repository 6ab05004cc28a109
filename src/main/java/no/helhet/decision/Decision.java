package no.helhet.decision;

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

/** A decision on a request, resting on one frozen assessment. */
@Table("decision")
record Decision(
        @Id UUID id,
        UUID coordinatorRequestId,
        UUID eligibilityAssessmentId,
        UUID familyId,
        UUID childId,
        DecisionOutcome outcome,
        String ageReason,
        String illnessReason,
        String needReason,
        String summary,
        LocalDate decidedOn,
        LocalDate complaintDeadline,
        UUID letterDocumentId,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    Decision withLetter(UUID documentId) {
        return new Decision(
                id,
                coordinatorRequestId,
                eligibilityAssessmentId,
                familyId,
                childId,
                outcome,
                ageReason,
                illnessReason,
                needReason,
                summary,
                decidedOn,
                complaintDeadline,
                documentId,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
