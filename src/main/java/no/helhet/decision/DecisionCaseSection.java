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

    DecisionCaseSection(DecisionService decisions, AssessmentService assessments) {
        this.decisions = decisions;
        this.assessments = assessments;
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
        return new Data(
                request,
                decisions.forRequest(request.id()),
                draft.orElse(null),
                draft.map(a -> a.proposal() != Proposal.INCOMPLETE).orElse(false));
    }

    record Data(RequestSummary request, List<DecisionView> decisions, AssessmentView draft, boolean draftComplete) {}
}
