package no.helhet.system;

import no.helhet.shared.NoFamilyData;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.OidcProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page, which sends each role to where its work is. */
@Controller
class HomeController {

    private final OidcProperties oidc;

    HomeController(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @NoFamilyData("the login page")
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcEnabled", oidc.enabled());
        return "system/login";
    }

    /** Visitors without login get the public page about the right (outreach); staff their start page. */
    @NoFamilyData("a redirect by role, or the public page")
    @GetMapping("/")
    String home() {
        if (no.helhet.audit.CurrentFamilyMember.find().isPresent()) {
            return "redirect:/family-portal";
        }
        if (CurrentStaff.find().isEmpty()) {
            return "forward:/about";
        }
        return switch (CurrentStaff.get().role()) {
            case KE_CASEWORKER, KE_LEAD -> "redirect:/worklist";
            case COORDINATOR -> "redirect:/my-families";
            case ADMIN -> "redirect:/admin/staff";
            case LEADER -> "redirect:/overview";
            case PROVIDER_CONTACT -> "redirect:/provider-portal";
        };
    }
}
