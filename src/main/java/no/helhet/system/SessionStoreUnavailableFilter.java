package no.helhet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database, so when it cannot be reached even reading the session cookie
 * fails, outside Spring MVC and before the security filters. This filter sits just outside the
 * session filter and answers such a failure as every other page does when the database is down:
 * 503 with Retry-After and "temporarily unavailable" in the user's language, never a 500.
 */
class SessionStoreUnavailableFilter extends OncePerRequestFilter {

    /** Registers the filter just before (outside) Spring Session's filter. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SessionStoreUnavailableFilter> sessionStoreUnavailableFilter() {
            FilterRegistrationBean<SessionStoreUnavailableFilter> registration =
                    new FilterRegistrationBean<>(new SessionStoreUnavailableFilter());
            registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
            return registration;
        }
    }

    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!ErrorPages.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            ErrorPages.unavailable(response);
            // Outside the session filter: the error page reads no session, so it renders without the database.
            // Forwarded as a GET, so that a refused POST is not refused again for its (unreadable) CSRF token.
            request.getRequestDispatcher("/error/unavailable").forward(new AsGet(request), response);
        }
    }
}
