package no.helhet.assessment;

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

/** The assessment of one request for one child. A draft can change; once decided it is frozen. */
@Table("eligibility_assessment")
record EligibilityAssessment(
        @Id UUID id,
        UUID coordinatorRequestId,
        UUID familyId,
        UUID childId,
        AssessmentStatus status,
        Conclusion ageConclusion,
        String ageReason,
        String illnessKinds,
        Conclusion illnessConclusion,
        String illnessReason,
        boolean needLongTerm,
        boolean needComposite,
        boolean needHealthCare,
        boolean needOtherWelfare,
        Conclusion needConclusion,
        String needReason,
        String childViews,
        String childViewsHow,
        LocalDate childViewsOn,
        String familyViews,

        @MappedCollection(idColumn = "eligibility_assessment_id")
        Set<AssessedNeed> needs,

        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    static EligibilityAssessment start(UUID requestId, UUID familyId, UUID childId, Instant at, String by) {
        return new EligibilityAssessment(
                UUID.randomUUID(),
                requestId,
                familyId,
                childId,
                AssessmentStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                at,
                by,
                at,
                by);
    }

    EligibilityAssessment withContent(AssessmentContent c, int seenVersion, Instant at, String by) {
        return new EligibilityAssessment(
                id,
                coordinatorRequestId,
                familyId,
                childId,
                status,
                c.ageConclusion(),
                c.ageReason(),
                c.illnessKindsText(),
                c.illnessConclusion(),
                c.illnessReason(),
                c.needLongTerm(),
                c.needComposite(),
                c.needHealthCare(),
                c.needOtherWelfare(),
                c.needConclusion(),
                c.needReason(),
                c.childViews(),
                c.childViewsHow(),
                c.childViewsOn(),
                c.familyViews(),
                c.needsAsRows(),
                seenVersion,
                createdAt,
                createdBy,
                at,
                by);
    }

    EligibilityAssessment frozen(Instant at, String by) {
        return new EligibilityAssessment(
                id,
                coordinatorRequestId,
                familyId,
                childId,
                AssessmentStatus.DECIDED,
                ageConclusion,
                ageReason,
                illnessKinds,
                illnessConclusion,
                illnessReason,
                needLongTerm,
                needComposite,
                needHealthCare,
                needOtherWelfare,
                needConclusion,
                needReason,
                childViews,
                childViewsHow,
                childViewsOn,
                familyViews,
                needs,
                version,
                createdAt,
                createdBy,
                at,
                by);
    }
}
