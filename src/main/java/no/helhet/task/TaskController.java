package no.helhet.task;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.OwnWorkAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import no.helhet.staff.CurrentStaff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My tasks" for every staff member, due and overdue first. */
@Controller
class TaskController {

    private final TaskService tasks;
    private final FamilyService families;
    private final AccessPolicy policy;

    private final int pageSize;

    TaskController(
            TaskService tasks,
            FamilyService families,
            AccessPolicy policy,
            @Value("${helhet.page-size}") int pageSize) {
        this.tasks = tasks;
        this.families = families;
        this.policy = policy;
        this.pageSize = pageSize;
    }

    @OwnWorkAccess("the current user's own open tasks, their families recorded as listed")
    @GetMapping("/my-tasks")
    String myTasks(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = TaskService.MY_TASK_SORTS.parse(sort, dir).at("/my-tasks", p);
        PageSlice<Task> slice = tasks.openTasksOf(CurrentStaff.get().id(), listSort, p, pageSize);
        List<Task> mine = slice.items();
        Set<UUID> familyIds = new HashSet<>();
        mine.stream()
                .map(Task::familyId)
                .filter(java.util.Objects::nonNull)
                .filter(policy::mayRead)
                .forEach(familyIds::add);
        // A family is named only while the access policy lets the user read it (a provider contact:
        // only under an active consent, and only the children it covers); the others are not named.
        policy.recordListed(familyIds, AccessAction.LIST, "my-tasks");
        model.addAttribute("tasks", mine);
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("names", families.displayNames(familyIds, policy::childrenToName));
        model.addAttribute("portal", CurrentStaff.get().role() == no.helhet.staff.StaffRole.PROVIDER_CONTACT);
        model.addAttribute("today", tasks.today());
        return "task/my-tasks";
    }

    @OwnWorkAccess("completes only a task the current user owns")
    @PostMapping("/my-tasks/{taskId}/done")
    String done(@PathVariable UUID taskId, RedirectAttributes redirect) {
        tasks.complete(taskId, CurrentStaff.get().id());
        redirect.addFlashAttribute("saved", "task.done.saved");
        return "redirect:/my-tasks";
    }
}
