package no.helhet.plan;

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

/**
 * The individual plan of one child (one per child): who leads the work, where it stands, the plan
 * period and the evaluation and revision dates. Its written sections, participants, goals, measures
 * and evaluations are rows of their own, so that each is saved and locked on its own.
 */
@Table("individual_plan")
public record IndividualPlan(
        @Id UUID id,
        UUID familyId,
        UUID childId,
        UUID leadStaffId,
        PlanStatus status,
        int approvedVersion,
        LocalDate periodFrom,
        LocalDate periodUntil,
        LocalDate nextEvaluationOn,
        LocalDate revisionOn,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    static IndividualPlan start(UUID familyId, UUID childId, UUID leadStaffId) {
        return new IndividualPlan(
                UUID.randomUUID(),
                familyId,
                childId,
                leadStaffId,
                PlanStatus.DRAFT,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The next evaluation date has passed. */
    public boolean evaluationOverdueOn(LocalDate today) {
        return nextEvaluationOn != null && nextEvaluationOn.isBefore(today);
    }

    IndividualPlan withFrame(
            UUID lead, LocalDate from, LocalDate until, LocalDate nextEvaluation, LocalDate revision, int seenVersion) {
        return new IndividualPlan(
                id,
                familyId,
                childId,
                lead,
                PlanStatus.DRAFT,
                approvedVersion,
                from,
                until,
                nextEvaluation,
                revision,
                seenVersion,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    IndividualPlan withNextEvaluation(LocalDate nextEvaluation) {
        return new IndividualPlan(
                id,
                familyId,
                childId,
                leadStaffId,
                status,
                approvedVersion,
                periodFrom,
                periodUntil,
                nextEvaluation,
                revisionOn,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    IndividualPlan asDraft() {
        return status == PlanStatus.DRAFT
                ? this
                : new IndividualPlan(
                        id,
                        familyId,
                        childId,
                        leadStaffId,
                        PlanStatus.DRAFT,
                        approvedVersion,
                        periodFrom,
                        periodUntil,
                        nextEvaluationOn,
                        revisionOn,
                        version,
                        createdAt,
                        createdBy,
                        modifiedAt,
                        modifiedBy);
    }

    IndividualPlan approved(int seenVersion) {
        return new IndividualPlan(
                id,
                familyId,
                childId,
                leadStaffId,
                PlanStatus.APPROVED,
                approvedVersion + 1,
                periodFrom,
                periodUntil,
                nextEvaluationOn,
                revisionOn,
                seenVersion,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }
}
