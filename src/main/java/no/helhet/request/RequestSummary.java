package no.helhet.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.helhet.document.CaseReference;

/** A request as other modules and pages see it. */
public record RequestSummary(
        UUID id,
        UUID familyId,
        RequestChannel channel,
        LocalDate receivedOn,
        RequesterKind requesterKind,
        UUID requesterGuardianId,
        String requesterName,
        String requesterRole,
        String familyWords,
        RequestStatus status,
        LocalDate closedOn,
        UUID coordinatorId,
        List<UUID> childIds) {

    /** The case reference (saksnummer) printed on the case's letters. */
    public String reference() {
        return CaseReference.of(id);
    }

    /** Days from receipt until it stopped waiting, or until today. */
    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(receivedOn, closedOn != null ? closedOn : today);
    }

    static RequestSummary of(CoordinatorRequest r) {
        return new RequestSummary(
                r.id(),
                r.familyId(),
                r.channel(),
                r.receivedOn(),
                r.requesterKind(),
                r.requesterGuardianId(),
                r.requesterName(),
                r.requesterRole(),
                r.familyWords(),
                r.status(),
                r.closedOn(),
                r.coordinatorId(),
                r.children().stream().map(RequestedChild::childId).sorted().toList());
    }
}
