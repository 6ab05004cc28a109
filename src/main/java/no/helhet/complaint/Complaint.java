package no.helhet.complaint;

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
 * A complaint: what was registered (never changed afterwards) and how it was handled (the
 * reconsideration, the forwarding to Statsforvalteren, Statsforvalteren's outcome).
 */
@Table("complaint")
record Complaint(
        @Id UUID id,
        UUID familyId,
        UUID coordinatorRequestId,
        UUID childId,
        ComplaintKind kind,
        LocalDate receivedOn,
        ComplainantKind complainantKind,
        UUID guardianId,
        String representativeName,
        String authority,
        ComplaintSubject subject,
        UUID decisionId,
        UUID appointmentId,
        String text,
        boolean helpedByKe,
        LocalDate letterReceivedOn,
        LocalDate deadline,
        boolean late,
        String lateReason,
        ComplaintChannel channel,
        Reconsideration reconsideration,
        String reconsiderationReason,
        LocalDate reconsideredOn,
        UUID reconsiderationAssessmentId,
        UUID newDecisionId,
        UUID forwardingLetterId,
        UUID bundleId,
        LocalDate forwardedOn,
        GovernorOutcome governorOutcome,
        LocalDate governorOutcomeOn,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    /** How the complaint has been handled so far. */
    record Handling(
            Reconsideration reconsideration,
            String reconsiderationReason,
            LocalDate reconsideredOn,
            UUID reconsiderationAssessmentId,
            UUID newDecisionId,
            UUID forwardingLetterId,
            UUID bundleId,
            LocalDate forwardedOn,
            GovernorOutcome governorOutcome,
            LocalDate governorOutcomeOn) {

        static Handling none() {
            return new Handling(null, null, null, null, null, null, null, null, null, null);
        }

        Handling reconsidered(Reconsideration r, String reason, LocalDate on, UUID assessmentId) {
            return new Handling(r, reason, on, assessmentId, null, null, null, null, null, null);
        }

        Handling withNewDecision(UUID decisionId) {
            return new Handling(
                    reconsideration,
                    reconsiderationReason,
                    reconsideredOn,
                    reconsiderationAssessmentId,
                    decisionId,
                    forwardingLetterId,
                    bundleId,
                    forwardedOn,
                    governorOutcome,
                    governorOutcomeOn);
        }

        Handling withDocuments(UUID letterId, UUID bundle) {
            return new Handling(
                    reconsideration,
                    reconsiderationReason,
                    reconsideredOn,
                    reconsiderationAssessmentId,
                    newDecisionId,
                    letterId,
                    bundle,
                    forwardedOn,
                    governorOutcome,
                    governorOutcomeOn);
        }

        Handling forwarded(LocalDate on) {
            return new Handling(
                    reconsideration,
                    reconsiderationReason,
                    reconsideredOn,
                    reconsiderationAssessmentId,
                    newDecisionId,
                    forwardingLetterId,
                    bundleId,
                    on,
                    governorOutcome,
                    governorOutcomeOn);
        }

        Handling decidedByGovernor(GovernorOutcome outcome, LocalDate on) {
            return new Handling(
                    reconsideration,
                    reconsiderationReason,
                    reconsideredOn,
                    reconsiderationAssessmentId,
                    newDecisionId,
                    forwardingLetterId,
                    bundleId,
                    forwardedOn,
                    outcome,
                    on);
        }
    }

    Handling handling() {
        return new Handling(
                reconsideration,
                reconsiderationReason,
                reconsideredOn,
                reconsiderationAssessmentId,
                newDecisionId,
                forwardingLetterId,
                bundleId,
                forwardedOn,
                governorOutcome,
                governorOutcomeOn);
    }

    /** The same complaint, handled as far as {@code h} says. */
    Complaint with(Handling h) {
        return new Complaint(
                id,
                familyId,
                coordinatorRequestId,
                childId,
                kind,
                receivedOn,
                complainantKind,
                guardianId,
                representativeName,
                authority,
                subject,
                decisionId,
                appointmentId,
                text,
                helpedByKe,
                letterReceivedOn,
                deadline,
                late,
                lateReason,
                channel,
                h.reconsideration(),
                h.reconsiderationReason(),
                h.reconsideredOn(),
                h.reconsiderationAssessmentId(),
                h.newDecisionId(),
                h.forwardingLetterId(),
                h.bundleId(),
                h.forwardedOn(),
                h.governorOutcome(),
                h.governorOutcomeOn(),
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    /** Whether the complaint still waits for the coordinating unit or for Statsforvalteren. */
    boolean open() {
        if (reconsideration == null) {
            return true;
        }
        return reconsideration == Reconsideration.UPHELD ? governorOutcome == null : newDecisionId == null;
    }
}
