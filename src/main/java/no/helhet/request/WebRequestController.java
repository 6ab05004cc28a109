package no.helhet.request;

import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.CaseWorkAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KE marks a request from the public form as handled once the family is called back. */
@Controller
class WebRequestController {

    private final WebRequests webRequests;

    WebRequestController(WebRequests webRequests) {
        this.webRequests = webRequests;
    }

    @CaseWorkAccess(action = AccessAction.CHANGE, what = "web request handled")
    @PostMapping("/web-requests/{id}/handled")
    String handled(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        webRequests.markHandled(id, version);
        redirect.addFlashAttribute("saved", "webRequest.handled.saved");
        return "redirect:/worklist";
    }
}
