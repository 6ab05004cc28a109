package no.helhet.system;

import no.helhet.shared.NoFamilyData;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Stay logged in": the session warning's button (static/js/session.js) asks this, which touches
 * the session and so restarts its idle time-out. An ended session answers 401 (not the login page),
 * so that the script can say so.
 */
@Controller
class SessionController {

    @NoFamilyData("nothing: keeps the session alive")
    @GetMapping("/session/keepalive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
