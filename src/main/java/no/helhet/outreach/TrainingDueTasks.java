package no.helhet.outreach;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the coordinating unit's leads (or, where there is none, its caseworkers) for every
 * coordinator due for training. The task's record is the coordinator together with their latest
 * training, so that a coordinator who is trained and later lapses again gives a new task.
 */
@Component
class TrainingDueTasks implements TaskCandidates {

    private final TrainingRegister register;
    private final StaffDirectory staff;

    TrainingDueTasks(TrainingRegister register, StaffDirectory staff) {
        this.register = register;
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        List<TrainingRegister.Untrained> due = register.coordinatorsWithoutTraining(today);
        if (due.isEmpty()) {
            return List.of();
        }
        List<StaffSummary> owners = owners();
        return due.stream()
                .flatMap(u -> owners.stream()
                        .map(owner -> new TaskCandidate(
                                TaskSource.TRAINING_DUE, sourceId(u), owner.id(), null, today.plusDays(30))))
                .toList();
    }

    private List<StaffSummary> owners() {
        List<StaffSummary> active =
                staff.allStaff().stream().filter(StaffSummary::active).toList();
        List<StaffSummary> leads =
                active.stream().filter(s -> s.role() == StaffRole.KE_LEAD).toList();
        return leads.isEmpty()
                ? active.stream()
                        .filter(s -> s.role() == StaffRole.KE_CASEWORKER)
                        .toList()
                : leads;
    }

    static UUID sourceId(TrainingRegister.Untrained u) {
        return UUID.nameUUIDFromBytes(
                ("training-due:" + u.staffId() + ":" + u.lastTrainedOn()).getBytes(StandardCharsets.UTF_8));
    }
}
