package no.helhet.system;

import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page, which sends each role to where its work is. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "system/login";
    }

    @GetMapping("/")
    String home(Model model) {
        StaffRole role = CurrentStaff.get().role();
        return switch (role) {
            case KE_CASEWORKER, KE_LEAD -> "redirect:/worklist";
            case COORDINATOR -> "redirect:/my-families";
            case ADMIN -> "redirect:/admin/staff";
            case LEADER -> {
                model.addAttribute("role", role.name());
                yield "system/home";
            }
        };
    }
}
