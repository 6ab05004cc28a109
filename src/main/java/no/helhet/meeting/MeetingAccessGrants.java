package no.helhet.meeting;

import java.util.UUID;
import no.helhet.audit.FamilyAccessGrants;
import org.springframework.stereotype.Component;

/** Tells the access policy in which meetings' approved minutes a provider took part. */
@Component
class MeetingAccessGrants implements FamilyAccessGrants {

    private final MeetingService meetings;

    MeetingAccessGrants(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean providerTookPartInApprovedMeeting(UUID providerId, UUID meetingId) {
        return meetings.providerTookPartInApproved(providerId, meetingId);
    }
}
