package no.helhet.complaint;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.family.FamilyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinating unit's open complaints, the nearest deadline first. */
@Controller
class ComplaintListController {

    private final ComplaintService complaints;
    private final FamilyService families;
    private final AccessPolicy policy;

    ComplaintListController(ComplaintService complaints, FamilyService families, AccessPolicy policy) {
        this.complaints = complaints;
        this.families = families;
        this.policy = policy;
    }

    @CaseWorkAccess(action = AccessAction.LIST, what = "complaint.list")
    @GetMapping("/complaints")
    String list(Model model) {
        List<Complaint> open = complaints.open();
        Set<java.util.UUID> familyIds = open.stream().map(Complaint::familyId).collect(Collectors.toSet());
        policy.recordListed(familyIds, AccessAction.LIST, "complaint.list");
        model.addAttribute("complaints", open);
        model.addAttribute("names", familyIds.isEmpty() ? java.util.Map.of() : families.displayNames(familyIds));
        model.addAttribute("today", complaints.today());
        return "complaint/list";
    }
}
