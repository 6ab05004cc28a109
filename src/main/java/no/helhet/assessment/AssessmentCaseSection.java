package no.helhet.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.request.CaseSection;
import no.helhet.request.RequestSummary;
import org.springframework.stereotype.Component;

/** The case page's assessments, and the way to start one. */
@Component
class AssessmentCaseSection implements CaseSection {

    private final AssessmentService assessments;

    AssessmentCaseSection(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "assessment/case-section";
    }

    @Override
    public Object data(RequestSummary request, FamilyDetails family) {
        List<AssessmentView> list = assessments.forRequest(request.id());
        Map<UUID, ChildSummary> children =
                family.children().stream().collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        boolean draftOpen = list.stream().anyMatch(a -> !a.frozen());
        return new Data(request, list, children, !draftOpen);
    }

    record Data(
            RequestSummary request,
            List<AssessmentView> assessments,
            Map<UUID, ChildSummary> children,
            boolean mayStart) {}
}
