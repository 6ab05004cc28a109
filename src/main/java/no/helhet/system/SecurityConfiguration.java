package no.helhet.system;

import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Form login with local accounts, CSRF on every form, and role-based areas. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/vendor/**", "/js/**", "/favicon.ico", "/error", "/error/**")
                        .permitAll()
                        .requestMatchers("/overview")
                        .hasAnyRole("LEADER", "KE_LEAD", "KE_CASEWORKER")
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/providers/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "ADMIN")
                        .requestMatchers("/providers/new")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "ADMIN")
                        .requestMatchers("/providers/**")
                        .hasAnyRole("KE_CASEWORKER", "KE_LEAD", "COORDINATOR", "ADMIN")
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
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // A provider contact outside its portal learns nothing, not even that a page exists: 404.
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
                    boolean provider = CurrentStaff.find()
                            .map(p -> p.role() == StaffRole.PROVIDER_CONTACT)
                            .orElse(false);
                    response.setStatus(provider ? 404 : 403);
                    request.getRequestDispatcher(provider ? "/error/not-found" : "/error/403")
                            .forward(request, response);
                }))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
