package no.helhet.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.DeclaredAccessInterceptor;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.familyportal.FamilyLoginRefusedException;
import no.helhet.familyportal.IdPortenProperties;
import no.helhet.familyportal.IdPortenUserService;
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
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
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
            IdPortenProperties idporten,
            IdPortenUserService familyUsers,
            org.springframework.web.servlet.LocaleResolver locales,
            Clock clock,
            SessionSettings sessions)
            throws Exception {
        OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService = oidcUsers(oidcUsers, familyUsers);
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
                        // The family portal (ADR 0014): its login entry and refusal page are open; everything
                        // else only to a family member logged in through ID-porten, who reaches nothing else.
                        .requestMatchers(FAMILY_LOGIN, FAMILY_REFUSED)
                        .permitAll()
                        .requestMatchers("/family-portal/**")
                        .hasRole(FamilyMemberPrincipal.ROLE)
                        .requestMatchers("/session/keepalive")
                        .authenticated()
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
                        // Every other page is staff's: a family member is refused (as "not found").
                        .anyRequest()
                        .hasAnyAuthority(STAFF_AUTHORITIES))
                .authenticationManager(
                        new ProviderManager(providers(login, oidc.enabled() || idporten.enabled(), oidcUserService)))
                .formLogin(form -> form.loginPage("/login")
                        // After a time-out the login returns to the page asked for (Spring Security's saved
                        // request, a GET); the page's draft holds the input (ADR 0013).
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::loginFailed)
                        .permitAll())
                // A family member logs out to the family portal's login, staff to theirs.
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(
                                (request, response, auth) -> response.sendRedirect(request.getContextPath()
                                        + (auth != null && auth.getPrincipal() instanceof FamilyMemberPrincipal
                                                ? FAMILY_LOGIN + "?logout"
                                                : "/login?logout"))))
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
        if (oidc.enabled() || idporten.enabled()) {
            List<ClientRegistration> enabled = new java.util.ArrayList<>();
            if (oidc.enabled()) {
                enabled.add(registration(oidc));
            }
            if (idporten.enabled()) {
                enabled.add(registration(idporten));
            }
            ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(enabled);
            DefaultOAuth2AuthorizationRequestResolver staffRequests = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE (S256) also for a confidential client (Spring Security 7 does so already; said here so that it
            // stays so); the nonce is added to every OpenID Connect request.
            staffRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            DefaultOAuth2AuthorizationRequestResolver familyRequests = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // ID-porten: the level of assurance asked for, and the login page in the family's language.
            familyRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                    .andThen(builder -> builder.additionalParameters(parameters -> {
                        parameters.put("acr_values", idporten.acr());
                        parameters.put("ui_locales", uiLocale(locales));
                    })));
            OAuth2AuthorizationRequestResolver authorizationRequests = new OAuth2AuthorizationRequestResolver() {
                @Override
                public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                    return isIdPorten(request) ? familyRequests.resolve(request) : staffRequests.resolve(request);
                }

                @Override
                public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                    return IdPortenUserService.REGISTRATION.equals(registrationId)
                            ? familyRequests.resolve(request, registrationId)
                            : staffRequests.resolve(request, registrationId);
                }
            };
            http.oauth2Login(oauth2 -> oauth2.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService))
                    .successHandler(SecurityConfiguration::oidcLoggedIn)
                    .failureHandler((request, response, e) -> {
                        if (isIdPorten(request)) {
                            familyRefused(request, response, e);
                        } else {
                            oidcRefused(request, response, e, oidcUsers);
                        }
                    }));
        }
        return http.build();
    }

    /** The family portal's login entry and its refusal page (familyportal.FamilyPortalController). */
    static final String FAMILY_LOGIN = "/family-portal/login";

    static final String FAMILY_REFUSED = "/family-portal/refused";

    /** Every staff role's authority: the pages outside the family portal and the public ones. */
    private static final String[] STAFF_AUTHORITIES = java.util.Arrays.stream(StaffRole.values())
            .map(StaffRole::authority)
            .toArray(String[]::new);

    /** Whether the request starts or finishes a login through ID-porten (by the registration in its path). */
    private static boolean isIdPorten(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith("/" + IdPortenUserService.REGISTRATION);
    }

    /** ID-porten's login page in the language the family chose (Helhet's language cookie): nb, nn or en. */
    private static String uiLocale(org.springframework.web.servlet.LocaleResolver locales) {
        String language = "nb";
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            language = locales.resolveLocale(attributes.getRequest()).getLanguage();
        }
        return language.equals("nn") || language.equals("en") ? language : "nb";
    }

    /** One user service for both registrations: staff linked by a claim, the family by ID-porten's pid. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(
            OidcStaffUserService staff, IdPortenUserService family) {
        OAuth2UserService<OidcUserRequest, OidcUser> staffUsers = staff.userService();
        OAuth2UserService<OidcUserRequest, OidcUser> familyUsers = family.userService();
        return request -> IdPortenUserService.REGISTRATION.equals(
                        request.getClientRegistration().getRegistrationId())
                ? familyUsers.loadUser(request)
                : staffUsers.loadUser(request);
    }

    /** ID-porten, from its discovery document (read once at start-up): scope openid only (the pid is in the ID token). */
    static ClientRegistration registration(IdPortenProperties idporten) {
        return ClientRegistrations.fromOidcIssuerLocation(idporten.issuerUri())
                .registrationId(IdPortenUserService.REGISTRATION)
                .clientId(idporten.clientId())
                .clientSecret(idporten.clientSecret())
                .scope("openid")
                .build();
    }

    /**
     * A refused login to the family portal: to the refusal page, which says why in the family's
     * language and answers 401 when ID-porten's answer did not pass (issuer, audience, expiry, nonce,
     * the level of assurance) and 403 when the person may not see anything here. A redirect, so that a
     * reload does not send the code again. Never a stack trace; nothing names the person.
     */
    private static void familyRefused(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        FamilyLoginRefusedException.Reason reason = e instanceof FamilyLoginRefusedException refused
                ? refused.reason()
                : FamilyLoginRefusedException.Reason.FAILED;
        if (reason == FamilyLoginRefusedException.Reason.FAILED) {
            LoggerFactory.getLogger(SecurityConfiguration.class)
                    .warn("Login through ID-porten failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + FAMILY_REFUSED + "?reason=" + reason.name());
    }

    private static final AuthenticationEntryPoint LOGIN_PAGE = new LoginUrlAuthenticationEntryPoint("/login");

    private static final AuthenticationEntryPoint FAMILY_LOGIN_PAGE =
            new LoginUrlAuthenticationEntryPoint(FAMILY_LOGIN);

    /** Without a session: the login page, or 401 to a script (htmx, a ping) so that it keeps the input. */
    private static void logInFirst(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (request.getHeader("HX-Request") != null || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/family-portal")) {
            FAMILY_LOGIN_PAGE.commence(request, response, e);
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
            AuthenticationProvider login, boolean oidcEnabled, OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers) {
        if (!oidcEnabled) {
            return List.of(login);
        }
        return List.of(
                login,
                new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers));
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
        FamilyMemberPrincipal member = IdPortenUserService.memberOf(auth).orElse(null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (member != null) {
            // The family member, never ID-porten's token (which holds the national id), stays in the session.
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(member, null, member.authorities()));
        } else {
            StaffPrincipal staff = OidcStaffUserService.staffOf(auth).orElseThrow();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + (member != null ? "/family-portal" : "/"));
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
                && (CurrentStaff.find()
                                .map(p -> p.role() == StaffRole.PROVIDER_CONTACT)
                                .orElse(false)
                        || CurrentFamilyMember.find().isPresent());
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
