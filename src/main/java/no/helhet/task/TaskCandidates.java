package no.helhet.task;

import java.time.LocalDate;
import java.util.List;

/**
 * Tasks the system sees coming, offered by the module that owns the rule (a request waiting past
 * the limit, a child turning 18, a consent expiring). The task module only creates them, once each.
 */
public interface TaskCandidates {

    /** The tasks that should exist on a date. */
    List<TaskCandidate> candidates(LocalDate today);
}
