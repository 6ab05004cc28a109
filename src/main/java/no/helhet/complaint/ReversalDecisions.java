package no.helhet.complaint;

import no.helhet.request.DecisionMade;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A decision made on the assessment a reversal started is the complaint's new decision (event {@link
 * DecisionMade}, after commit, in the user's request: docs/adr/0008-events.md). Redelivery is safe: a
 * complaint that has its new decision keeps it.
 */
@Component
class ReversalDecisions {

    private final ComplaintService complaints;

    ReversalDecisions(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DecisionMade event) {
        complaints.recordNewDecision(event.decisionId());
    }
}
