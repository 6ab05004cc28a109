package no.helhet.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.EndReason;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.Dispatch;
import no.helhet.document.LetterDispatches;
import no.helhet.request.RequestService;
import no.helhet.shared.RulesProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a family's complaint can concern: its decisions and appointments (each with its letter and the
 * complaint period counted from the day the family received it, {@code document.LetterDispatches}),
 * the ends of its appointments (the end record is on the appointment: the reason, the end letter from
 * which the period counts), an end not recorded in Helhet, or the service as a whole.
 */
@Component
class ConcernedLetters {

    private final RequestService requests;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final LetterDispatches dispatches;
    private final RulesProperties rules;

    ConcernedLetters(
            RequestService requests,
            DecisionService decisions,
            AppointmentService appointments,
            LetterDispatches dispatches,
            RulesProperties rules) {
        this.requests = requests;
        this.decisions = decisions;
        this.appointments = appointments;
        this.dispatches = dispatches;
        this.rules = rules;
    }

    /** Everything the family's complaint can concern, newest decisions and appointments first. */
    @Transactional(readOnly = true)
    List<Concern> of(UUID familyId) {
        List<DecisionView> made = requests.forFamily(familyId).stream()
                .flatMap(r -> decisions.forRequest(r.id()).stream())
                .toList();
        List<AppointmentView> appointed = appointments.forFamily(familyId);
        List<AppointmentView> ended = appointed.stream()
                .filter(a -> a.endReason() != null && EndReason.ENDINGS.contains(a.endReason()))
                .sorted((a, b) -> b.endedOn().compareTo(a.endedOn()))
                .toList();
        Map<UUID, Dispatch> sent = dispatches.of(java.util.stream.Stream.of(
                        made.stream().map(DecisionView::letterDocumentId),
                        appointed.stream().map(AppointmentView::letterDocumentId),
                        ended.stream().map(AppointmentView::endLetterDocumentId))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .toList());
        List<Concern> concerns = new ArrayList<>();
        made.stream()
                .sorted((a, b) -> b.decidedOn().compareTo(a.decidedOn()))
                .forEach(d -> concerns.add(new Concern(
                        ComplaintSubject.DECISION,
                        d.id(),
                        d.requestId(),
                        d.childId(),
                        d.decidedOn(),
                        "decision.outcome." + d.outcome(),
                        d.letterDocumentId(),
                        deadline(sent, d.letterDocumentId()))));
        appointed.forEach(a -> concerns.add(new Concern(
                ComplaintSubject.APPOINTMENT,
                a.id(),
                a.requestId(),
                null,
                a.startsOn(),
                "complaint.concerns.appointment",
                a.letterDocumentId(),
                deadline(sent, a.letterDocumentId()))));
        ended.forEach(a -> concerns.add(new Concern(
                ComplaintSubject.END,
                a.id(),
                a.requestId(),
                null,
                a.endedOn(),
                "appointment.endReason." + a.endReason(),
                a.endLetterDocumentId(),
                deadline(sent, a.endLetterDocumentId()))));
        concerns.add(Concern.without(ComplaintSubject.END));
        concerns.add(Concern.without(ComplaintSubject.SERVICE));
        return concerns;
    }

    /** The concern a form's value names among the family's, or empty if it names none of them. */
    Optional<Concern> find(UUID familyId, String value) {
        return value == null
                ? Optional.empty()
                : of(familyId).stream().filter(c -> c.value().equals(value)).findFirst();
    }

    private Optional<ComplaintDeadline> deadline(Map<UUID, Dispatch> sent, UUID letterId) {
        return Optional.ofNullable(letterId == null ? null : sent.get(letterId))
                .map(d -> ComplaintDeadline.from(d.receivedOn(), rules.complaintDeadline()));
    }
}
