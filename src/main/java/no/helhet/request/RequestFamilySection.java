package no.helhet.request;

import java.util.List;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's list of requests and where each stands. */
@Component
class RequestFamilySection implements FamilySection {

    private final RequestService requests;

    RequestFamilySection(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "request/family-section";
    }

    @Override
    public String headingKey() {
        return "request.list";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        List<RequestSummary> list = requests.forFamily(familyId);
        return new Data(list, requests.today());
    }

    record Data(List<RequestSummary> requests, java.time.LocalDate today) {}
}
