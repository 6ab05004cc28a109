package no.helhet.outreach;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.OptionalLong;
import no.helhet.request.WebRequests;
import no.helhet.request.WebRequests.NewWebRequest;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages without login: the right explained, the accessibility statement and the request
 * form. The form asks only for what the coordinating unit needs to call back, shows the receipt
 * number and echoes nothing personal back.
 */
@Controller
class PublicController {

    private final WebRequests webRequests;
    private final PublicFormRateLimit rateLimit;

    PublicController(WebRequests webRequests, PublicFormRateLimit rateLimit) {
        this.webRequests = webRequests;
        this.rateLimit = rateLimit;
    }

    @NoFamilyData("the public page about the right, without login")
    @GetMapping("/about")
    String about() {
        return "outreach/about";
    }

    @NoFamilyData("the public accessibility statement")
    @GetMapping("/accessibility")
    String accessibility() {
        return "outreach/accessibility";
    }

    @NoFamilyData("the empty public request form")
    @GetMapping("/web-requests/new")
    String newRequest(Model model) {
        model.addAttribute("form", new PublicRequestForm());
        return "outreach/request-form";
    }

    /**
     * A submission without login: a written request with channel "web form" on KE's worklist. It
     * reads no family's data; the access log records the creation as the system.
     */
    @NoFamilyData("a public submission of a request, not a read of any family's data")
    @OneTimeForm
    @PostMapping("/web-requests")
    String submit(
            @Valid @ModelAttribute("form") PublicRequestForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OptionalLong wait = rateLimit.tryTake(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            return "outreach/too-many";
        }
        if (form.caughtByHoneypot()) {
            return "redirect:/web-requests/receipt";
        }
        if (errors.hasErrors()) {
            return "outreach/request-form";
        }
        String receipt = webRequests.receive(
                new NewWebRequest(form.getContactName(), form.getPhone(), form.getEmail(), form.getCallTime()));
        redirect.addFlashAttribute("receipt", receipt);
        return "redirect:/web-requests/receipt";
    }

    @NoFamilyData("the receipt number of a public submission, nothing personal")
    @GetMapping("/web-requests/receipt")
    String receipt() {
        return "outreach/receipt";
    }
}
