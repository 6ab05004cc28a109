package no.helhet.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.PageSlice;
import no.helhet.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinating unit's overview of everything that waits. */
@Controller
class WorklistController {

    private final Worklist worklist;
    private final RequestService requests;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final AccessPolicy policy;
    private final WebRequests webRequests;
    private final RequestAssignments assignments;
    private final int pageSize;
    private final List<WorkFigure> figures;

    WorklistController(
            Worklist worklist,
            RequestService requests,
            FamilyService families,
            StaffDirectory staff,
            AccessPolicy policy,
            WebRequests webRequests,
            RequestAssignments assignments,
            @Value("${helhet.page-size}") int pageSize,
            List<WorkFigure> figures) {
        this.worklist = worklist;
        this.requests = requests;
        this.families = families;
        this.staff = staff;
        this.policy = policy;
        this.webRequests = webRequests;
        this.assignments = assignments;
        this.pageSize = pageSize;
        this.figures = figures;
    }

    /** Bad filter values (a malformed id) are ignored rather than refused: the list still shows. */
    @CaseWorkAccess(action = AccessAction.LIST, what = "worklist")
    @GetMapping("/worklist")
    String worklist(
            @ModelAttribute("filter") WorklistFilter filter,
            BindingResult ignoredBindingErrors,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        PageSlice<Worklist.Row> slice = worklist.find(filter, requests.today(), p, pageSize);
        Set<UUID> familyIds = new HashSet<>();
        Set<UUID> staffIds = new HashSet<>();
        slice.items().forEach(r -> {
            familyIds.add(r.familyId());
            staffIds.add(r.coordinatorId());
            staffIds.add(r.assignedCaseworkerId());
        });
        policy.recordListed(familyIds, AccessAction.LIST, "worklist");
        model.addAttribute("slice", slice);
        model.addAttribute("names", families.displayNames(familyIds));
        model.addAttribute("coordinators", staff.staffByIds(staffIds));
        model.addAttribute("today", requests.today());
        model.addAttribute(
                "figures",
                figures.stream()
                        .map(f -> new Figure(f.labelKey(), f.count(requests.today())))
                        .toList());
        model.addAttribute("limitDate", requests.waitingLimitDate());
        model.addAttribute("statuses", WorklistFilter.STATUSES);
        model.addAttribute("sort", filter.listSort().at(filter.toUrl(), p));
        model.addAttribute("caseworkers", assignments.caseworkers());
        model.addAttribute("units", staff.units());
        model.addAttribute("coordinatorCandidates", staff.coordinatorCandidates());
        model.addAttribute("pageBase", filter.listSort().at(filter.toUrl(), p).pageBase());
        model.addAttribute("webRequests", webRequests.waiting());
        return "request/worklist";
    }

    /** A further figure on the worklist. */
    record Figure(String labelKey, long count) {}
}
