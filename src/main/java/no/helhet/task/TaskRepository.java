package no.helhet.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TaskRepository extends ListCrudRepository<Task, UUID> {

    List<Task> findByOwnerIdAndDoneAtIsNullOrderByDueOn(UUID ownerId);

    List<Task> findByDoneAtIsNullAndDueOnLessThanEqualOrderByDueOn(LocalDate day);

    List<Task> findBySourceAndSourceIdOrderByDueOn(TaskSource source, UUID sourceId);

    List<Task> findByFamilyIdAndOwnerIdAndDoneAtIsNull(UUID familyId, UUID ownerId);

    List<Task> findByFamilyIdAndDoneAtIsNullOrderByDueOnAscIdAsc(UUID familyId);
}
