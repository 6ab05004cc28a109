package no.helhet.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import no.helhet.shared.MunicipalityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the municipality and its coordinating unit, and which page is the current one. */
@ControllerAdvice
class LayoutModel {

    private final MunicipalityProperties municipality;

    private final Duration idleTimeout;

    LayoutModel(
            MunicipalityProperties municipality, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.municipality = municipality;
        this.idleTimeout = idleTimeout;
    }

    @ModelAttribute("municipality")
    MunicipalityProperties municipality() {
        return municipality;
    }

    /**
     * The session's idle time-out in seconds ({@code HELHET_SESSION_IDLE_TIMEOUT}), for the warning
     * before it ends (static/js/session.js).
     */
    @ModelAttribute("sessionIdleSeconds")
    long sessionIdleSeconds() {
        return idleTimeout.toSeconds();
    }

    /** The path of the page shown (without the context path), for the main menu's aria-current. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
