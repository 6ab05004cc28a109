package no.helhet.plan;

import java.util.Locale;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.OneTimeForm;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan as PDF/A: the formal plan, the family's plain-language version, or the amendment notice
 * since an approved version; stored with the family's documents and then downloaded. The language
 * is asked for (bokmål or nynorsk); without it, the page's language.
 */
@Controller
class PlanDocumentController {

    private final PlanLetters letters;
    private final PlanService plans;

    PlanDocumentController(PlanLetters letters, PlanService plans) {
        this.letters = letters;
        this.plans = plans;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.document")
    @OneTimeForm
    @PostMapping("/plans/{planId}/documents")
    String write(
            @PathVariable UUID planId,
            @RequestParam(defaultValue = "PLAN") String kind,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) Integer since,
            Locale locale) {
        String lang = language != null ? language : "nn".equals(locale.getLanguage()) ? "nn" : "nb";
        IndividualPlan plan = plans.getPlan(planId);
        UUID documentId = switch (kind) {
            case "FAMILY" -> letters.writePlan(planId, true, lang);
            case "AMENDMENT" -> {
                int from = since != null ? since : plan.approvedVersion();
                if (from < 1 || from > plan.approvedVersion()) {
                    yield null;
                }
                yield letters.writeAmendment(planId, from, lang);
            }
            default -> letters.writePlan(planId, false, lang);
        };
        if (documentId == null) {
            return "redirect:/plans/" + planId + "#versions";
        }
        return "redirect:/families/" + plan.familyId() + "/documents/" + documentId;
    }
}
