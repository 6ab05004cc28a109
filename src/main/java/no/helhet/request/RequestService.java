package no.helhet.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.RulesProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers requests and moves them along the chain: the request module's API. */
@Service
public class RequestService {

    private final CoordinatorRequestRepository requests;
    private final RulesProperties rules;
    private final Clock clock;

    RequestService(CoordinatorRequestRepository requests, RulesProperties rules, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public UUID registerRequest(NewRequest r) {
        CoordinatorRequest saved = requests.save(new CoordinatorRequest(
                UUID.randomUUID(),
                r.familyId(),
                r.channel(),
                r.receivedOn(),
                r.requesterKind(),
                r.requesterGuardianId(),
                r.requesterName(),
                r.requesterRole(),
                r.familyWords(),
                RequestStatus.RECEIVED,
                null,
                null,
                null,
                r.childIds().stream().map(RequestedChild::new).collect(Collectors.toSet()),
                null,
                null,
                null,
                null,
                null));
        return saved.id();
    }

    @Transactional(readOnly = true)
    public RequestSummary getRequest(UUID requestId) {
        return requests.findById(requestId).map(RequestSummary::of).orElseThrow(RequestNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> forFamily(UUID familyId) {
        return requests.findByFamilyIdOrderByReceivedOnDesc(familyId).stream()
                .map(RequestSummary::of)
                .toList();
    }

    /** An assessment has started: the request is under assessment. */
    @Transactional
    public void startAssessment(UUID requestId) {
        CoordinatorRequest r = load(requestId);
        if (r.status() == RequestStatus.RECEIVED) {
            requests.save(r.withStatus(RequestStatus.UNDER_ASSESSMENT, null));
        }
    }

    /**
     * A decision is made (event {@link DecisionMade}): granted requests wait for the appointment,
     * refused ones stop waiting. A request already appointed stays so, should a redelivered decision
     * arrive after the appointment.
     */
    @Transactional
    void recordDecision(UUID requestId, boolean granted, LocalDate decidedOn) {
        CoordinatorRequest r = load(requestId);
        requests.recordDecidedOn(requestId, decidedOn);
        if (r.status() == RequestStatus.APPOINTED) {
            return;
        }
        RequestStatus status = granted ? RequestStatus.GRANTED : RequestStatus.REFUSED;
        requests.save(r.withStatus(status, granted ? null : decidedOn));
    }

    /** A coordinator is appointed (event {@link CoordinatorAppointed}): the request stops waiting. */
    @Transactional
    void recordAppointment(UUID requestId, UUID coordinatorId, UUID coordinatorUnitId, LocalDate appointedOn) {
        CoordinatorRequest r = load(requestId);
        requests.save(r.withCoordinator(coordinatorId, coordinatorUnitId, appointedOn));
    }

    /** Whether a waiting request has waited longer than the configured limit. */
    public boolean overdue(RequestSummary request) {
        return request.status().waiting() && !request.receivedOn().isAfter(waitingLimitDate());
    }

    /** Requests received on or before this date and still waiting are overdue. */
    public LocalDate waitingLimitDate() {
        return today().minus(rules.requestWaitingLimit());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CoordinatorRequest load(UUID requestId) {
        return requests.findById(requestId).orElseThrow(RequestNotFoundException::new);
    }

    /** A request to register. */
    public record NewRequest(
            UUID familyId,
            RequestChannel channel,
            LocalDate receivedOn,
            RequesterKind requesterKind,
            UUID requesterGuardianId,
            String requesterName,
            String requesterRole,
            String familyWords,
            Set<UUID> childIds) {}
}
