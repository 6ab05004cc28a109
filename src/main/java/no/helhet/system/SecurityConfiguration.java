package no.helhet.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.helhet.audit.DeclaredAccessInterceptor;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.LoginThrottledException;
import no.helhet.staff.OidcLoginRefusedException;
import no.helhet.staff.OidcProperties;
import no.helhet.staff.OidcStaffUserService;
import no.helhet.staff.StaffPrincipal;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Form login with local accounts (throttled against password guessing), and beside it, when an
 * issuer is configured ({@code helhet.oidc}), login through the municipality's OpenID Connect
 * provider (authorization code with PKCE and nonce); CSRF on every form, and
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
            OidcProperties oidc,
            OidcStaffUserService oidcUsers,
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
                        // The one-time link to set a new password (PasswordResetController), CSRF on.
                        .requestMatchers("/password-reset/*")
                        .permitAll()
                        .requestMatchers("/web-requests/**", "/training/**", "/outreach/**", "/my-cases")
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
                        .requestMatchers("/access-log/**", "/retention")
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
                .authenticationManager(new ProviderManager(providers(login, oidc, oidcUsers)))
                .formLogin(form -> form.loginPage("/login")
                        // After a time-out the login returns to the page asked for (Spring Security's saved
                        // request, a GET); the page's draft holds the input (ADR 0013).
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::loginFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // A provider contact outside its portal learns nothing, not even that a page exists: 404.
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
                            if (!(denied instanceof CsrfException)) {
                                recordRefusal(request, handlers, declaredAccess);
                            }
                            refused(request, response, denied);
                        })
                        // A script's request (htmx saving a draft, the session ping) without a session: 401, not
                        // the login page swapped into the form; the script keeps the input and says so.
                        .authenticationEntryPoint(SecurityConfiguration::logInFirst))
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
        if (oidc.enabled()) {
            ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration(oidc));
            DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                    new DefaultOAuth2AuthorizationRequestResolver(
                            registrations,
                            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE (S256) also for a confidential client (Spring Security 7 does so already; said here so that it
            // stays so); the nonce is added to every OpenID Connect request.
            authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth2 -> oauth2.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.userService()))
                    .successHandler(SecurityConfiguration::oidcLoggedIn)
                    .failureHandler((request, response, e) -> oidcRefused(request, response, e, oidcUsers)));
        }
        return http.build();
    }

    private static final AuthenticationEntryPoint LOGIN_PAGE = new LoginUrlAuthenticationEntryPoint("/login");

    /** Without a session: the login page, or 401 to a script (htmx, a ping) so that it keeps the input. */
    private static void logInFirst(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (request.getHeader("HX-Request") != null || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        LOGIN_PAGE.commence(request, response, e);
    }

    /**
     * The throttled local login, and the OpenID Connect code flow when configured: the token
     * response's ID token is checked (signature, issuer, audience, expiry, nonce) before the user
     * service links the person to a staff account.
     */
    private static List<AuthenticationProvider> providers(
            AuthenticationProvider login, OidcProperties oidc, OidcStaffUserService oidcUsers) {
        if (!oidc.enabled()) {
            return List.of(login);
        }
        return List.of(
                login,
                new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers.userService()));
    }

    /** The municipality's identity provider, from its discovery document (read once at start-up). */
    static ClientRegistration registration(OidcProperties oidc) {
        return ClientRegistrations.fromOidcIssuerLocation(oidc.issuerUri())
                .registrationId(OIDC_REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email")
                .build();
    }

    static final String OIDC_REGISTRATION = "oidc";

    /**
     * A login through OpenID Connect: the session holds the linked staff member, the same principal
     * as after a local login, so every page and the access log know the person the same way.
     */
    private static void oidcLoggedIn(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        StaffPrincipal staff = OidcStaffUserService.staffOf(auth).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * A refused login through OpenID Connect: no linked account or no mapped group gets its own
     * message; anything the provider's answer failed (issuer, audience, expiry, nonce, PKCE) is a
     * failed login, written to the login log here (the refusals are written where they are decided).
     */
    private static void oidcRefused(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException e,
            OidcStaffUserService oidcUsers)
            throws IOException {
        String reason;
        if (e instanceof OidcLoginRefusedException refused) {
            reason = refused.reason() == OidcLoginRefusedException.Reason.NO_ACCOUNT ? "no-account" : "no-role";
        } else {
            LoggerFactory.getLogger(SecurityConfiguration.class)
                    .warn("Login through OpenID Connect failed: {}", e.getMessage());
            try {
                oidcUsers.recordFailure();
            } catch (RuntimeException notRecorded) {
                LoggerFactory.getLogger(SecurityConfiguration.class)
                        .error("Could not record a failed login", notRecorded);
            }
            reason = "failed";
        }
        response.sendRedirect(request.getContextPath() + "/login?oidc=" + reason);
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
