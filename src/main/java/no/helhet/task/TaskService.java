package no.helhet.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and completes tasks: the module's API. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final Clock clock;

    TaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public UUID createTask(
            UUID ownerId, UUID familyId, String title, LocalDate dueOn, TaskSource source, UUID sourceId) {
        return tasks.save(new Task(
                        UUID.randomUUID(),
                        ownerId,
                        familyId,
                        title,
                        null,
                        dueOn,
                        source,
                        sourceId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /**
     * Creates a task another module asks for at once (not on the daily run), titled by its source's
     * message key so that each reader sees it in their language.
     */
    @Transactional
    public UUID createTask(TaskCandidate candidate) {
        return tasks.save(new Task(
                        UUID.randomUUID(),
                        candidate.ownerId(),
                        candidate.familyId(),
                        null,
                        candidate.titleKey(),
                        candidate.dueOn(),
                        candidate.source(),
                        candidate.sourceId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    @Transactional(readOnly = true)
    public List<Task> openTasksOf(UUID ownerId) {
        return tasks.findByOwnerIdAndDoneAtIsNullOrderByDueOn(ownerId);
    }

    @Transactional(readOnly = true)
    public List<Task> fromSource(TaskSource source, UUID sourceId) {
        return tasks.findBySourceAndSourceIdOrderByDueOn(source, sourceId);
    }

    /** Marks the owner's own task done; another person's task is "not found". */
    @Transactional
    public void complete(UUID taskId, UUID ownerId) {
        Task task = tasks.findById(taskId)
                .filter(t -> t.ownerId().equals(ownerId))
                .orElseThrow(() -> new NotFoundException("task"));
        if (task.doneAt() == null) {
            tasks.save(task.done(clock.instant(), CurrentStaff.username()));
        }
    }

    /** Closes the open tasks that came from a record that no longer needs them (e.g. a withdrawn consent). */
    @Transactional
    public void closeOpenTasksFrom(TaskSource source, UUID sourceId) {
        Instant now = clock.instant();
        for (Task task : tasks.findBySourceAndSourceIdOrderByDueOn(source, sourceId)) {
            if (task.doneAt() == null) {
                tasks.save(task.done(now, CurrentStaff.username()));
            }
        }
    }

    /** Closes one person's open tasks about a family (a coordinator whose appointment ended). */
    @Transactional
    public void closeOpenTasksOf(UUID familyId, UUID ownerId) {
        Instant now = clock.instant();
        for (Task task : tasks.findByFamilyIdAndOwnerIdAndDoneAtIsNull(familyId, ownerId)) {
            tasks.save(task.done(now, CurrentStaff.username()));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
