package no.helhet.complaint;

import java.util.List;
import no.helhet.family.FamilyDetails;
import no.helhet.request.CaseSection;
import no.helhet.request.RequestSummary;
import org.springframework.stereotype.Component;

/** The case page's complaints about the case's decisions and appointments. */
@Component
class ComplaintCaseSection implements CaseSection {

    private final ComplaintService complaints;

    ComplaintCaseSection(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "complaint/case-section";
    }

    @Override
    public Object data(RequestSummary request, FamilyDetails family) {
        return new Data(request, complaints.forRequest(request.id()));
    }

    record Data(RequestSummary request, List<Complaint> complaints) {}
}
