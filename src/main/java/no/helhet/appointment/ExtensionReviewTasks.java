package no.helhet.appointment;

import java.time.LocalDate;
import java.util.List;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the coordinator when the yearly review of a barnekoordinator extended after 18 is due
 * (on the review date): KE and the family decide whether it continues.
 */
@Component
class ExtensionReviewTasks implements TaskCandidates {

    private final AppointmentRepository appointments;

    ExtensionReviewTasks(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        return appointments.findActiveOn(today).stream()
                .filter(a -> a.reviewOn() != null && !a.reviewOn().isAfter(today))
                .map(a -> new TaskCandidate(
                        TaskSource.EXTENSION_REVIEW, a.id(), a.coordinatorId(), a.familyId(), a.reviewOn()))
                .toList();
    }
}
