package no.helhet.familyportal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.CoordinatorKind;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.meeting.Meeting;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestStatus;
import no.helhet.request.RequestSummary;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family portal's case page shows, read through the other modules' public APIs and only
 * for the children the family member sees ({@link FamilyMemberPrincipal#childIds()}): per child the
 * requests and their status, the decisions with their letters, the coordinator and how to reach
 * them; for a guardian also the family's next meeting and the approved minutes (meetings concern
 * the whole family, so a youth does not see them here).
 */
@Service
class FamilyCaseView {

    private final FamilyService families;
    private final RequestService requests;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final MeetingService meetings;
    private final StaffDirectory staff;
    private final java.time.Clock clock;

    FamilyCaseView(
            FamilyService families,
            RequestService requests,
            DecisionService decisions,
            AppointmentService appointments,
            MeetingService meetings,
            StaffDirectory staff,
            java.time.Clock clock) {
        this.families = families;
        this.requests = requests;
        this.decisions = decisions;
        this.appointments = appointments;
        this.meetings = meetings;
        this.staff = staff;
        this.clock = clock;
    }

    /** The whole page: the children the member sees, and the meetings for a guardian. */
    record CasePage(List<ChildCase> children, Optional<MeetingLine> nextMeeting, List<MeetingLine> approvedMinutes) {

        /** Whether any request of these children is still waiting (the request form then says so). */
        public boolean anyWaiting() {
            return children.stream()
                    .flatMap(c -> c.requests().stream())
                    .anyMatch(r -> r.status().waiting());
        }
    }

    /** One child's part of the case page. */
    record ChildCase(
            UUID childId,
            String name,
            ChildSummary child,
            List<RequestLine> requests,
            List<DecisionLine> decisions,
            List<CoordinatorLine> coordinators) {}

    /** A request about the child: when it came, how, and where it stands. */
    record RequestLine(UUID id, LocalDate receivedOn, RequestChannel channel, RequestStatus status) {}

    /** A decision about the child, its letter and the complaint deadline. */
    record DecisionLine(
            UUID id, DecisionOutcome outcome, LocalDate decidedOn, LocalDate complaintDeadline, UUID letterId) {}

    /** The child's coordinator now, how to reach them, and the appointment letter. */
    record CoordinatorLine(
            CoordinatorKind kind,
            String name,
            String phone,
            String email,
            String unitName,
            LocalDate startsOn,
            UUID letterId) {}

    /** A meeting: when, where, and (once approved) its minutes. */
    record MeetingLine(
            UUID id,
            MeetingKind kind,
            LocalDateTime startsLocal,
            String place,
            String videoLink,
            String discussed,
            String decided,
            LocalDateTime approvedLocal) {}

    @Transactional(readOnly = true)
    CasePage page(UUID familyId, FamilyMemberPrincipal member) {
        FamilyDetails family = families.getFamily(familyId);
        LocalDate today = families.today();
        List<RequestSummary> familyRequests = requests.forFamily(familyId);
        Map<UUID, List<DecisionView>> decisionsByRequest = familyRequests.stream()
                .collect(Collectors.toMap(RequestSummary::id, r -> decisions.forRequest(r.id())));
        Map<UUID, DecisionView> decisionsById = decisionsByRequest.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(DecisionView::id, Function.identity(), (a, b) -> a));
        List<AppointmentView> current = appointments.forFamily(familyId).stream()
                .filter(a -> a.current(today) && !a.startsOn().isAfter(today))
                .toList();
        Map<UUID, StaffSummary> coordinators = staff.staffByIds(current.stream()
                .map(AppointmentView::coordinatorId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));

        List<ChildCase> children = new ArrayList<>();
        for (ChildSummary child : family.children()) {
            if (!member.sees(child.id())) {
                continue;
            }
            List<RequestLine> childRequests = familyRequests.stream()
                    .filter(r -> r.childIds().contains(child.id()))
                    .map(r -> new RequestLine(r.id(), r.receivedOn(), r.channel(), r.status()))
                    .toList();
            List<DecisionLine> childDecisions = familyRequests.stream()
                    .flatMap(r -> decisionsByRequest.get(r.id()).stream())
                    .filter(d -> child.id().equals(d.childId()))
                    .sorted(Comparator.comparing(DecisionView::decidedOn).reversed())
                    .map(d -> new DecisionLine(
                            d.id(), d.outcome(), d.decidedOn(), d.complaintDeadline(), d.letterDocumentId()))
                    .toList();
            List<CoordinatorLine> childCoordinators = current.stream()
                    .filter(a -> a.decisionId() != null
                            && decisionsById.containsKey(a.decisionId())
                            && child.id()
                                    .equals(decisionsById.get(a.decisionId()).childId()))
                    .map(a -> coordinatorLine(a, coordinators.get(a.coordinatorId())))
                    .toList();
            children.add(new ChildCase(
                    child.id(), child.displayName(), child, childRequests, childDecisions, childCoordinators));
        }

        if (member.kind() != FamilyMemberPrincipal.Kind.GUARDIAN) {
            return new CasePage(children, Optional.empty(), List.of());
        }
        List<Meeting> familyMeetings = meetings.forFamily(familyId);
        Instant now = clock.instant();
        Optional<MeetingLine> next = familyMeetings.stream()
                .filter(m -> m.startsAt().isAfter(now))
                .min(Comparator.comparing(Meeting::startsAt))
                .map(m -> meetingLine(m, false));
        List<MeetingLine> approved = familyMeetings.stream()
                .filter(Meeting::approved)
                .map(m -> meetingLine(m, true))
                .toList();
        return new CasePage(children, next, approved);
    }

    /**
     * The letters the member may download: the decision letters and the appointment, change and end
     * letters of the children they see.
     */
    @Transactional(readOnly = true)
    Set<UUID> lettersOf(UUID familyId, UUID childId, FamilyMemberPrincipal member) {
        Set<UUID> letters = new HashSet<>();
        if (!member.familyId().equals(familyId) || !member.sees(childId)) {
            return letters;
        }
        Set<UUID> childDecisions = new HashSet<>();
        for (RequestSummary r : requests.forFamily(familyId)) {
            for (DecisionView d : decisions.forRequest(r.id())) {
                if (childId.equals(d.childId())) {
                    childDecisions.add(d.id());
                    if (d.letterDocumentId() != null) {
                        letters.add(d.letterDocumentId());
                    }
                }
            }
        }
        for (AppointmentView a : appointments.forFamily(familyId)) {
            if (a.decisionId() != null && childDecisions.contains(a.decisionId())) {
                if (a.letterDocumentId() != null) {
                    letters.add(a.letterDocumentId());
                }
                if (a.endLetterDocumentId() != null) {
                    letters.add(a.endLetterDocumentId());
                }
            }
        }
        return letters;
    }

    private static CoordinatorLine coordinatorLine(AppointmentView a, StaffSummary coordinator) {
        return new CoordinatorLine(
                a.kind(),
                coordinator == null ? null : coordinator.fullName(),
                coordinator == null ? null : coordinator.phone(),
                coordinator == null ? null : coordinator.email(),
                coordinator == null ? null : coordinator.unitName(),
                a.startsOn(),
                a.letterDocumentId());
    }

    private static MeetingLine meetingLine(Meeting m, boolean withMinutes) {
        return new MeetingLine(
                m.id(),
                m.kind(),
                m.startsLocal(),
                m.place(),
                m.videoLink(),
                withMinutes ? m.discussed() : null,
                withMinutes ? m.decided() : null,
                withMinutes ? m.approvedLocal() : null);
    }
}
