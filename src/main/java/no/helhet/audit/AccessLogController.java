package no.helhet.audit;

import java.util.UUID;
import no.helhet.shared.ListSort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log of one family, for the lead of the coordinating unit. */
@Controller
class AccessLogController {

    private final AccessPolicy policy;
    private final int pageSize;

    AccessLogController(AccessPolicy policy, @Value("${helhet.page-size}") int pageSize) {
        this.policy = policy;
        this.pageSize = pageSize;
    }

    @FamilyAccess(rule = AccessRule.ACCESS_LOG, id = "familyId", action = AccessAction.VIEW, what = "access-log")
    @GetMapping("/families/{familyId}/access-log")
    String accessLog(
            @PathVariable UUID familyId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = AccessLog.SORTS.parse(sort, dir).at("/families/" + familyId + "/access-log", p);
        model.addAttribute("familyId", familyId);
        model.addAttribute("sort", listSort);
        model.addAttribute("entries", policy.accessLog(familyId, listSort, p, pageSize));
        return "audit/access-log";
    }
}
