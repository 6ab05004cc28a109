package no.helhet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session time-out: however active the user is, a session older than
 * {@code helhet.session.absolute-timeout} (default 10 hours, a working day) ends, and the next
 * request goes to the login page. The idle time-out is the container's ({@code
 * server.servlet.session.timeout}, default 30 minutes). Both hold across nodes: the session and its
 * creation time are in the database.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration absoluteTimeout;

    SessionLifetimeFilter(Clock clock, Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean expired(HttpSession session) {
        try {
            Instant created = Instant.ofEpochMilli(session.getCreationTime());
            return created.plus(absoluteTimeout).isBefore(clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
