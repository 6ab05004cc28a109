package no.helhet.request;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The request's status follows the decision and the appointment. Each reaction runs after the
 * publishing transaction commits, in a transaction of its own, and in the same thread (not
 * {@code @Async}), so the page the user is redirected to already shows the new status; the event
 * publication registry keeps the event until the reaction succeeds (docs/adr/0008-events.md).
 */
@Component
class RequestProgress {

    private final RequestService requests;

    RequestProgress(RequestService requests) {
        this.requests = requests;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DecisionMade event) {
        requests.recordDecision(event.requestId(), event.granted(), event.decidedOn());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CoordinatorAppointed event) {
        requests.recordAppointment(
                event.requestId(), event.coordinatorId(), event.coordinatorUnitId(), event.startsOn());
    }
}
