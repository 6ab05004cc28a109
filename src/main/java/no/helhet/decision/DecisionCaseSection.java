package no.helhet.decision;

import java.util.List;
import java.util.Optional;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentView;
import no.helhet.assessment.Proposal;
import no.helhet.family.FamilyDetails;
import no.helhet.request.CaseSection;
import no.helhet.request.RequestSummary;
import org.springframework.stereotype.Component;

/** The case page's decisions with their letters, and the way to decide. */
@Component
class DecisionCaseSection implements CaseSection {

    private final DecisionService decisions;
    private final AssessmentService assessments;
    private final no.helhet.document.LetterDispatches dispatches;
    private final no.helhet.shared.RulesProperties rules;

    DecisionCaseSection(
            DecisionService decisions,
            AssessmentService assessments,
            no.helhet.document.LetterDispatches dispatches,
            no.helhet.shared.RulesProperties rules) {
        this.decisions = decisions;
        this.assessments = assessments;
        this.dispatches = dispatches;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "decision/case-section";
    }

    @Override
    public Object data(RequestSummary request, FamilyDetails family) {
        Optional<AssessmentView> draft = assessments.forRequest(request.id()).stream()
                .filter(a -> !a.frozen())
                .findFirst();
        List<DecisionView> made = decisions.forRequest(request.id());
        java.util.Map<java.util.UUID, no.helhet.document.Dispatch> byLetter = dispatches.of(made.stream()
                .map(DecisionView::letterDocumentId)
                .filter(java.util.Objects::nonNull)
                .toList());
        java.util.Map<java.util.UUID, no.helhet.document.Dispatch> byDecision = new java.util.HashMap<>();
        made.stream()
                .filter(d -> d.letterDocumentId() != null && byLetter.containsKey(d.letterDocumentId()))
                .forEach(d -> byDecision.put(d.id(), byLetter.get(d.letterDocumentId())));
        return new Data(
                request,
                made,
                draft.orElse(null),
                draft.map(a -> a.proposal() != Proposal.INCOMPLETE).orElse(false),
                byDecision,
                rules.complaintDeadline());
    }

    /**
     * The decisions, with each letter's dispatch by decision id: the complaint deadline counts from
     * the day the family received the letter, {@code complaintPeriod} later.
     */
    record Data(
            RequestSummary request,
            List<DecisionView> decisions,
            AssessmentView draft,
            boolean draftComplete,
            java.util.Map<java.util.UUID, no.helhet.document.Dispatch> dispatches,
            java.time.Period complaintPeriod) {}
}
