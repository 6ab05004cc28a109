package no.helhet.decision;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ChildVoice;

/** A decision as pages and other modules see it. */
public record DecisionView(
        UUID id,
        UUID requestId,
        UUID assessmentId,
        UUID familyId,
        UUID childId,
        DecisionOutcome outcome,
        String ageReason,
        String illnessReason,
        String needReason,
        String summary,
        ChildVoice childVoice,
        LocalDate decidedOn,
        LocalDate complaintDeadline,
        UUID letterDocumentId) {

    static DecisionView of(Decision d) {
        return new DecisionView(
                d.id(),
                d.coordinatorRequestId(),
                d.eligibilityAssessmentId(),
                d.familyId(),
                d.childId(),
                d.outcome(),
                d.ageReason(),
                d.illnessReason(),
                d.needReason(),
                d.summary(),
                d.childVoice(),
                d.decidedOn(),
                d.complaintDeadline(),
                d.letterDocumentId());
    }
}
