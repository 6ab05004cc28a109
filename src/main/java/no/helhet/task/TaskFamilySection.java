package no.helhet.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;

/** The family page's open tasks about the family, whoever owns them, by due date. */
@Component
class TaskFamilySection implements FamilySection {

    private final TaskRepository tasks;
    private final TaskService service;
    private final StaffDirectory staff;

    TaskFamilySection(TaskRepository tasks, TaskService service, StaffDirectory staff) {
        this.tasks = tasks;
        this.service = service;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String template() {
        return "task/family-section";
    }

    @Override
    public String headingKey() {
        return "task.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        List<Task> open = tasks.findByFamilyIdAndDoneAtIsNullOrderByDueOnAscIdAsc(family.id());
        Map<java.util.UUID, StaffSummary> owners = open.isEmpty()
                ? Map.of()
                : staff.staffByIds(open.stream().map(Task::ownerId).toList());
        return new Data(open, owners, service.today());
    }

    record Data(List<Task> tasks, Map<java.util.UUID, StaffSummary> owners, LocalDate today) {}
}
