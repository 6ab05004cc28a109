package no.helhet.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.shared.ListSort;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.PageSlice;
import no.helhet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and completes tasks: the module's API. */
@Service
public class TaskService {

    /** "Mine oppgaver": sortable by due date (the default) and by when the task was created. */
    public static final ListSort.Columns MY_TASK_SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("due", "due_on")
            .column("created", "created_at")
            .byDefault("due", ListSort.ASC);

    private final TaskRepository tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskService(TaskRepository tasks, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the owner's open tasks, sorted and paged in SQL (ix_task_owner_id). */
    @Transactional(readOnly = true)
    public PageSlice<Task> openTasksOf(UUID ownerId, ListSort sort, int page, int size) {
        String where = " from task where owner_id = :owner and done_at is null";
        long total = jdbc.sql("select count(*)" + where)
                .param("owner", ownerId)
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("select id" + where + sort.orderBy() + " limit :limit offset :offset")
                .param("owner", ownerId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        Map<UUID, Task> byId = (ids.isEmpty() ? List.<Task>of() : tasks.findAllById(ids))
                .stream().collect(Collectors.toMap(Task::id, Function.identity()));
        return new PageSlice<>(ids.stream().map(byId::get).toList(), page, size, total);
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
