package no.helhet.meeting;

import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's meetings. */
@Component
class MeetingFamilySection implements FamilySection {

    private final MeetingService meetings;
    private final AccessPolicy policy;

    MeetingFamilySection(MeetingService meetings, AccessPolicy policy) {
        this.meetings = meetings;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "meeting/family-section";
    }

    @Override
    public String headingKey() {
        return "meeting.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        return new Data(familyId, meetings.summariesForFamily(familyId), policy.mayCoordinate(familyId));
    }

    record Data(UUID familyId, List<MeetingSummary> meetings, boolean mayWrite) {}
}
