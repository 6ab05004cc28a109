package no.helhet.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import no.helhet.audit.DeclaredAccessInterceptor;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.LoginThrottledException;
import no.helhet.staff.StaffRole;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Form login with local accounts (throttled against password guessing), CSRF on every form, and
 * role-based areas. A refusal forwards to an error page that answers any method, so a refused POST
 * gets the same page and status as a refused GET.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** No page of Helhet uses these browser features; nothing embedded may ask for them either. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationProvider login,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> handlers,
            ObjectProvider<DeclaredAccessInterceptor> declaredAccess,
            Clock clock,
            SessionSettings sessions)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/vendor/**", "/js/**", "/favicon.ico", "/error", "/error/**")
                        .permitAll()
                        // The public pages and the public request form (CSRF stays on).
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/", "/about", "/accessibility")
                        .permitAll()
                        .requestMatchers(
                                org.springframework.http.HttpMethod.GET, "/web-requests/new", "/web-requests/receipt")
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/web-requests")
                        .permitAll()
                        .requestMatchers("/web-requests/**", "/training/**", "/outreach/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD")
                        .requestMatchers("/overview", "/overview/**")
                        .hasAnyRole("LEADER", "KE_LEAD", "KE_CASEWORKER")
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/providers/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "ADMIN")
                        .requestMatchers("/providers/new")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "ADMIN")
                        .requestMatchers("/providers/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "COORDINATOR", "ADMIN")
                        .requestMatchers("/login-failures")
                        .hasAnyRole("KE_LEAD", "ADMIN")
                        .requestMatchers("/access-log/**")
                        .hasRole("KE_LEAD")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/provider-portal/**")
                        .hasRole("PROVIDER_CONTACT")
                        .requestMatchers(
                                "/worklist/**",
                                "/families/**",
                                "/requests/**",
                                "/assessments/**",
                                "/decisions/**",
                                "/my-families",
                                "/meetings/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "COORDINATOR")
                        .requestMatchers("/my-tasks/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "COORDINATOR", "PROVIDER_CONTACT")
                        .anyRequest()
                        .authenticated())
                .authenticationManager(new ProviderManager(login))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(SecurityConfiguration::loginFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // A provider contact outside its portal learns nothing, not even that a page exists: 404.
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
                    if (!(denied instanceof CsrfException)) {
                        recordRefusal(request, handlers, declaredAccess);
                    }
                    refused(request, response, denied);
                }))
                .addFilterAfter(
                        new SessionLifetimeFilter(clock, sessions.absoluteTimeout()), SecurityContextHolderFilter.class)
                // No inline style or script anywhere (the templates have no style attributes; Designsystemet's
                // script sets styles through the CSSOM, which CSP allows). HSTS on every HTTPS answer (behind a
                // proxy: SERVER_FORWARD_HEADERS_STRATEGY=NATIVE so that the request counts as HTTPS). Spring
                // Security's default Cache-Control (no-store) stays on every page but the static files.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(
                                        Duration.ofDays(365).toSeconds())
                                .includeSubDomains(true))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * A refusal by role (a leader, an administrator or a provider contact opening a family's
     * address) happens before any handler runs; the handler's declared rule says what it would have
     * read, and the access log records the refusal. A failure to record is logged; the refusal stands.
     */
    private static void recordRefusal(
            HttpServletRequest request,
            ObjectProvider<HandlerMapping> handlers,
            ObjectProvider<DeclaredAccessInterceptor> declaredAccess) {
        try {
            HandlerExecutionChain chain = handlers.getObject().getHandler(request);
            if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                declaredAccess.getObject().recordRefused(request, method);
            }
        } catch (Exception e) {
            LoggerFactory.getLogger(SecurityConfiguration.class)
                    .error("Could not record a refusal of {} in the access log", request.getRequestURI(), e);
        }
    }

    /**
     * A missing or stale CSRF token: 403 with a request to reload the form. A provider contact
     * outside its portal learns nothing, not even that a page exists: 404. Anyone else: 403.
     */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws ServletException, IOException {
        boolean csrf = denied instanceof CsrfException;
        boolean provider = !csrf
                && CurrentStaff.find()
                        .map(p -> p.role() == StaffRole.PROVIDER_CONTACT)
                        .orElse(false);
        if (csrf) {
            request.setAttribute(ErrorPageController.CSRF_REFUSED, Boolean.TRUE);
        }
        response.setStatus(provider ? 404 : 403);
        request.getRequestDispatcher(provider ? "/error/not-found" : "/error/403")
                .forward(request, response);
    }

    /**
     * Too many recent failures: the login page says when to try again. The database (or anything
     * behind the login) cannot be reached: 503, never "wrong password". Otherwise: wrong username
     * or password.
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws ServletException, IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + throttled.minutes());
        } else if (e instanceof AuthenticationServiceException) {
            ErrorPages.unavailable(response);
            request.getRequestDispatcher("/error/unavailable").forward(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
