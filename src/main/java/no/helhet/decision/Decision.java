package no.helhet.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
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
        String childViews,
        String childViewsHow,
        ChildNotHeardReason childNotHeardReason,
        String childViewsWeighing,
        LocalDate decidedOn,
        LocalDate complaintDeadline,
        UUID letterDocumentId,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    ChildVoice childVoice() {
        return new ChildVoice(childViews, childViewsHow, childNotHeardReason, childViewsWeighing);
    }

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
                childViews,
                childViewsHow,
                childNotHeardReason,
                childViewsWeighing,
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
