package no.helhet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The demo parent of the family portal (only with {@code -Pidporten-demo}): a guardian with
 * parental responsibility in a demo family that has a coordinator (or {@code HELHET_IDPORTEN_DEMO_PID}),
 * found once Helhet is ready and printed. Each login through the stand-in for ID-porten answers with
 * that person's {@code pid} at level {@code idporten-loa-high}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdPortenDemoLogin extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdPortenDemoLogin.class);

    private final JdbcClient jdbc;
    private final Environment environment;
    private volatile DemoParent parent;

    IdPortenDemoLogin(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    record DemoParent(UUID guardianId, String name, String pid) {}

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        demoParent()
                .ifPresentOrElse(
                        p -> log.info(
                                "Family portal demo: open http://localhost:{}/family-portal/login and log in with"
                                        + " ID-porten as the demo parent {}",
                                environment.getProperty("local.server.port", "8080"),
                                p.name()),
                        () -> log.warn("Family portal demo: no demo parent found (no demo data?)"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().endsWith("/oauth2/authorization/idporten");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        demoParent()
                .ifPresent(p -> IdPortenDemo.server()
                        .enqueueCallback(new DefaultOAuth2TokenCallback(
                                IdPortenDemo.ISSUER,
                                "demo-" + p.guardianId(),
                                "JWT",
                                IdPortenDemo.audience(),
                                Map.of("pid", p.pid(), "acr", "idporten-loa-high"),
                                3600)));
        chain.doFilter(request, response);
    }

    private Optional<DemoParent> demoParent() {
        if (parent == null) {
            String chosen = environment.getProperty("HELHET_IDPORTEN_DEMO_PID", "");
            parent = jdbc.sql("""
                            select g.id, g.given_name || ' ' || g.family_name as name, g.national_id
                            from guardian g
                            where g.parental_responsibility
                              and (:chosen = '' and exists (select 1 from coordinator_request r
                                                           where r.family_id = g.family_id and r.status = 'APPOINTED')
                                   or g.national_id = :chosen)
                            order by (select count(*) from meeting m where m.family_id = g.family_id
                                      and m.approved_at is not null) desc, g.created_at, g.id
                            limit 1
                            """)
                    .param("chosen", chosen)
                    .query((rs, n) -> new DemoParent(
                            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("national_id")))
                    .optional()
                    .orElse(null);
        }
        return Optional.ofNullable(parent);
    }
}
