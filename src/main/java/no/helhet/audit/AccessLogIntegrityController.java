package no.helhet.audit;

import no.helhet.shared.NoFamilyData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The access log's integrity, for the lead of the coordinating unit (the role is checked by the
 * security configuration): the last verification of the hash chain, and a button to verify now.
 */
@Controller
class AccessLogIntegrityController {

    private final AccessLogChain chain;

    AccessLogIntegrityController(AccessLogChain chain) {
        this.chain = chain;
    }

    @NoFamilyData("whether the access log's hash chain is intact: counts and positions, no family")
    @GetMapping("/access-log/integrity")
    String integrity(Model model) {
        model.addAttribute("verification", chain.lastVerification().orElse(null));
        return "audit/integrity";
    }

    @NoFamilyData("verifies the access log's hash chain now")
    @PostMapping("/access-log/integrity")
    String verify(RedirectAttributes redirect) {
        chain.verify();
        redirect.addFlashAttribute("saved", "integrity.verified");
        return "redirect:/access-log/integrity";
    }
}
