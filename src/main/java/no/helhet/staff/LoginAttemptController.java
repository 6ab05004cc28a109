package no.helhet.staff;

import no.helhet.shared.ListSort;
import no.helhet.shared.NoFamilyData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recent failed and refused logins, newest first, for the lead of the coordinating unit and the
 * administrator (guarded by role in the security configuration). Holds no family data.
 */
@Controller
class LoginAttemptController {

    private final LoginAttempts attempts;
    private final LoginProperties limits;
    private final int pageSize;

    LoginAttemptController(LoginAttempts attempts, LoginProperties limits, @Value("${helhet.page-size}") int pageSize) {
        this.attempts = attempts;
        this.limits = limits;
        this.pageSize = pageSize;
    }

    @NoFamilyData("login attempts: usernames and client addresses, no family")
    @GetMapping("/login-failures")
    String failures(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = LoginAttempts.FAILURE_SORTS.parse(sort, dir).at("/login-failures", p);
        model.addAttribute("sort", listSort);
        model.addAttribute("failures", attempts.failures(listSort, p, pageSize));
        model.addAttribute("limits", limits);
        return "staff/login-failures";
    }
}
