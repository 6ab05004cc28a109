package no.helhet.familyportal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.shared.NoFamilyData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family portal's login entry, the page that says why a login was refused, and the family's
 * own case page. The family is always the logged-in member's own: {@code /family-portal} sends them
 * to it, and another family's id in the address is "not found" (the access policy, {@link
 * AccessRule#FAMILY_MEMBER}).
 */
@Controller
class FamilyPortalController {

    private final IdPortenProperties idporten;
    private final FamilyCaseView cases;

    FamilyPortalController(IdPortenProperties idporten, FamilyCaseView cases) {
        this.idporten = idporten;
        this.cases = cases;
    }

    /** The login entry: what the portal is, and the button to ID-porten (or that it is not set up). */
    @NoFamilyData("the family portal's login page")
    @GetMapping("/family-portal/login")
    String login(Model model) {
        if (CurrentFamilyMember.find().isPresent()) {
            return "redirect:/family-portal";
        }
        model.addAttribute("idportenEnabled", idporten.enabled());
        return "familyportal/login";
    }

    /**
     * Why a login was refused, in the family's language: 401 when ID-porten's answer did not pass
     * or the level of assurance was too low, 403 when the person may not see anything here.
     */
    @NoFamilyData("a refusal page without any family's data")
    @GetMapping("/family-portal/refused")
    String refused(@RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        FamilyLoginRefusedException.Reason why = java.util.Arrays.stream(FamilyLoginRefusedException.Reason.values())
                .filter(r -> r.name().equals(reason))
                .findFirst()
                .orElse(FamilyLoginRefusedException.Reason.FAILED);
        response.setStatus(
                why == FamilyLoginRefusedException.Reason.FAILED || why == FamilyLoginRefusedException.Reason.LEVEL
                        ? HttpServletResponse.SC_UNAUTHORIZED
                        : HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", why.name());
        return "familyportal/refused";
    }

    /** The start of the portal: the logged-in member's own family's case page. */
    @NoFamilyData("a redirect to the logged-in family member's own family")
    @GetMapping("/family-portal")
    String home() {
        return "redirect:/family-portal/families/" + CurrentFamilyMember.get().familyId();
    }

    /** The family's case: per child the member sees, the requests, decisions, coordinator and meetings. */
    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.case")
    @GetMapping("/family-portal/families/{familyId}")
    String family(@PathVariable UUID familyId, Model model) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        List<FamilyCaseView.ChildCase> children = cases.childrenOf(familyId, member);
        model.addAttribute("member", member);
        model.addAttribute("familyId", familyId);
        model.addAttribute("children", children);
        return "familyportal/case";
    }
}
