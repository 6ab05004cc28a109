package no.helhet.consent;

import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A withdrawn consent will not be renewed: the open tasks that ask whether it should be are closed.
 * Runs after the withdrawal commits, in its own transaction and the same thread, so "My tasks" is
 * right on the next page; the event publication registry keeps the event until this succeeds
 * (docs/adr/0008-events.md).
 */
@Component
class WithdrawnConsentTasks {

    private final TaskService tasks;

    WithdrawnConsentTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ConsentWithdrawn event) {
        tasks.closeOpenTasksFrom(TaskSource.CONSENT_EXPIRING, event.consentId());
    }
}
