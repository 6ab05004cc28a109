package no.helhet.request;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import no.helhet.staff.CurrentStaff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KE assigns a request to one of its caseworkers; "Mine saker" lists the caseworker's open requests. */
@Controller
class RequestAssignmentController {

    /** "Mine saker": sortable by receipt, status and waiting time; the oldest request first by default. */
    static final ListSort.Columns MY_CASE_SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("received", "received_on")
            .column("status", "status", "received_on")
            .column("waiting", "(coalesce(closed_on, :today) - received_on)")
            .byDefault("received", ListSort.ASC);

    static final String ME = "me";

    private final RequestAssignments assignments;
    private final Worklist worklist;
    private final RequestService requests;
    private final FamilyService families;
    private final AccessPolicy policy;
    private final int pageSize;

    RequestAssignmentController(
            RequestAssignments assignments,
            Worklist worklist,
            RequestService requests,
            FamilyService families,
            AccessPolicy policy,
            @Value("${helhet.page-size}") int pageSize) {
        this.assignments = assignments;
        this.worklist = worklist;
        this.requests = requests;
        this.families = families;
        this.policy = policy;
        this.pageSize = pageSize;
    }

    /**
     * Assigns the request to a KE caseworker ({@code assignee}: a caseworker's id, {@code me}, or
     * empty for no one). A request changed since the page was read is not overwritten: the page shows
     * the conflict and the assignment as it now stands.
     */
    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "requestId", action = AccessAction.CHANGE, what = "request.assign")
    @PostMapping("/requests/{requestId}/assignee")
    String assign(
            @PathVariable UUID requestId,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        UUID caseworker;
        if (assignee == null || assignee.isBlank()) {
            caseworker = null;
        } else if (ME.equals(assignee)) {
            caseworker = CurrentStaff.get().id();
        } else {
            try {
                caseworker = UUID.fromString(assignee);
            } catch (IllegalArgumentException e) {
                caseworker = new UUID(0L, 0L); // no one's id: refused below
            }
        }
        if (caseworker != null && assignments.assignable(caseworker).isEmpty()) {
            redirect.addFlashAttribute("assignError", "request.assign.invalid");
            return "redirect:/requests/" + requestId + "#assignment";
        }
        if (version == null) {
            redirect.addFlashAttribute("assignError", "request.assign.conflict");
            return "redirect:/requests/" + requestId + "#assignment";
        }
        try {
            assignments.assign(requestId, caseworker, version);
            redirect.addFlashAttribute("saved", caseworker == null ? "request.assign.removed" : "request.assign.saved");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("assignError", "request.assign.conflict");
        }
        return "redirect:/requests/" + requestId + "#assignment";
    }

    /** "Mine saker": the requests assigned to me that still wait, with their step and waiting time. */
    @CaseWorkAccess(action = AccessAction.LIST, what = "my-cases")
    @GetMapping("/my-cases")
    String myCases(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = MY_CASE_SORTS.parse(sort, dir).at("/my-cases", p);
        PageSlice<Worklist.Row> slice =
                worklist.assignedTo(CurrentStaff.get().id(), listSort, requests.today(), p, pageSize);
        Set<UUID> familyIds = new HashSet<>();
        slice.items().forEach(r -> familyIds.add(r.familyId()));
        policy.recordListed(familyIds, AccessAction.LIST, "my-cases");
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("names", families.displayNames(familyIds));
        model.addAttribute("today", requests.today());
        model.addAttribute("limitDate", requests.waitingLimitDate());
        return "request/my-cases";
    }
}
