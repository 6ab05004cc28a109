package no.helhet.system;

import no.helhet.shared.NoFamilyData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page Spring Security forwards to when a role may not open a page. */
@Controller
class ForbiddenController {

    @NoFamilyData("an error page")
    @GetMapping("/error/403")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    /** Where a provider contact is sent for any page outside its portal. */
    @NoFamilyData("an error page")
    @GetMapping("/error/not-found")
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
