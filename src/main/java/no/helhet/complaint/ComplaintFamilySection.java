package no.helhet.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's complaints and notices about failed cooperation, with links to register them. */
@Component
class ComplaintFamilySection implements FamilySection {

    private final ComplaintService complaints;
    private final CooperationNoticeRepository notices;
    private final AccessPolicy policy;

    ComplaintFamilySection(ComplaintService complaints, CooperationNoticeRepository notices, AccessPolicy policy) {
        this.complaints = complaints;
        this.notices = notices;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String template() {
        return "complaint/family-section";
    }

    @Override
    public String headingKey() {
        return "complaint.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        return new Data(
                family.id(),
                complaints.forFamily(family.id()),
                notices.findByFamilyIdOrderByReceivedOnDesc(family.id()),
                policy.mayDoCaseWork(),
                complaints.today());
    }

    record Data(
            UUID familyId,
            List<Complaint> complaints,
            List<CooperationNotice> notices,
            boolean mayRegister,
            LocalDate today) {}
}
