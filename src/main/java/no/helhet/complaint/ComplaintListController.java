package no.helhet.complaint;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinating unit's open complaints, the nearest deadline first. */
@Controller
class ComplaintListController {

    private final ComplaintService complaints;
    private final ComplaintList list;
    private final FamilyService families;
    private final AccessPolicy policy;
    private final int pageSize;

    ComplaintListController(
            ComplaintService complaints,
            ComplaintList list,
            FamilyService families,
            AccessPolicy policy,
            @Value("${helhet.page-size}") int pageSize) {
        this.complaints = complaints;
        this.list = list;
        this.families = families;
        this.policy = policy;
        this.pageSize = pageSize;
    }

    @CaseWorkAccess(action = AccessAction.LIST, what = "complaint.list")
    @GetMapping("/complaints")
    String list(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = ComplaintList.SORTS.parse(sort, dir).at("/complaints", p);
        PageSlice<Complaint> slice = list.open(listSort, p, pageSize);
        List<Complaint> open = slice.items();
        Set<java.util.UUID> familyIds = open.stream().map(Complaint::familyId).collect(Collectors.toSet());
        policy.recordListed(familyIds, AccessAction.LIST, "complaint.list");
        model.addAttribute("complaints", open);
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("names", familyIds.isEmpty() ? java.util.Map.of() : families.displayNames(familyIds));
        model.addAttribute("today", complaints.today());
        return "complaint/list";
    }
}
