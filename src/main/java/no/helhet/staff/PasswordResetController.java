package no.helhet.staff;

import jakarta.validation.Valid;
import no.helhet.shared.NoFamilyData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page a one-time link opens, without login: set a new password. A link that is used, expired or
 * unknown answers the same page saying it no longer works, so nothing tells which.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @NoFamilyData("a one-time link to set a password")
    @GetMapping("/password-reset/{token}")
    String form(@PathVariable String token, Model model) {
        if (resets.accountOf(token).isEmpty()) {
            return "staff/password-reset-invalid";
        }
        model.addAttribute("newPasswordForm", new NewPasswordForm());
        model.addAttribute("token", token);
        return "staff/password-reset";
    }

    @NoFamilyData("a one-time link to set a password")
    @PostMapping("/password-reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute NewPasswordForm newPasswordForm,
            BindingResult errors,
            Model model) {
        if (newPasswordForm.getPassword() != null
                && !newPasswordForm.getPassword().equals(newPasswordForm.getRepeated())) {
            errors.rejectValue("repeated", "passwordReset.notSame");
        }
        if (errors.hasErrors()) {
            newPasswordForm.setPassword(null);
            newPasswordForm.setRepeated(null);
            if (resets.accountOf(token).isEmpty()) {
                return "staff/password-reset-invalid";
            }
            model.addAttribute("token", token);
            return "staff/password-reset";
        }
        if (!resets.resetPassword(token, newPasswordForm.getPassword())) {
            return "staff/password-reset-invalid";
        }
        return "redirect:/login?passwordReset";
    }
}
