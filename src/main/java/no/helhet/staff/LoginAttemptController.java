package no.helhet.staff;

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
    String failures(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("failures", attempts.failures(Math.max(0, page), pageSize));
        model.addAttribute("limits", limits);
        return "staff/login-failures";
    }
}
