package no.helhet.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.helhet.shared.NoFamilyData;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error pages outside a handler: where Spring Security forwards a refusal, and the servlet
 * container's error dispatch ({@code /error}) in place of Boot's, which answers JSON to clients that
 * do not ask for HTML. Every mapping takes any method, so that a refused POST gets the same page and
 * status as a refused GET, never a 405; every answer is an HTML page, never JSON.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** Request attribute set when a form's CSRF token was missing or stale. */
    static final String CSRF_REFUSED = "helhet.csrfRefused";

    @NoFamilyData("an error page")
    @RequestMapping("/error/403")
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("csrfRefused", request.getAttribute(CSRF_REFUSED) != null);
        return "error/403";
    }

    /** Where a provider contact is sent for any page outside its portal. */
    @NoFamilyData("an error page")
    @RequestMapping("/error/not-found")
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    /** A one-time form sent again while the first submission runs, or with another user's token. */
    @NoFamilyData("an error page")
    @RequestMapping("/error/already-registered")
    String alreadyRegistered(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "error/already-registered";
    }

    /** The database (or the login behind it) cannot be reached: 503 with Retry-After. */
    @NoFamilyData("an error page")
    @RequestMapping("/error/unavailable")
    String unavailable(HttpServletResponse response) {
        return ErrorPages.unavailable(response);
    }

    /** The container's error dispatch: an uncaught exception or a status sent with sendError. */
    @NoFamilyData("an error page")
    @RequestMapping("${server.error.path:/error}")
    String error(HttpServletRequest request, HttpServletResponse response) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                        && ErrorPages.databaseUnavailable(failure)) {
            return ErrorPages.unavailable(response);
        }
        response.setStatus(status);
        return switch (status) {
            case 400, 403, 404, 409 -> "error/" + status;
            default -> status >= 500 ? "error/500" : "error/error";
        };
    }
}
