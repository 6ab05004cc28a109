package no.helhet.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo of the family portal's login (only with {@code ./mvnw spring-boot:run -Pidporten-demo},
 * never in the default build): before Helhet starts, NAV's mock-oauth2-server starts embedded on
 * {@code HELHET_IDPORTEN_DEMO_PORT} (default 8089) as a stand-in for ID-porten, and Helhet's
 * {@code helhet.idporten.*} settings point at it. Each click on "Log in with ID-porten" logs in as
 * the demo parent ({@link IdPortenDemoLogin}), whose name Helhet prints once it is ready.
 */
public class IdPortenDemo implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ISSUER = "idporten";
    static final String CLIENT_ID = "helhet-demo";

    private static final Logger log = LoggerFactory.getLogger(IdPortenDemo.class);
    private static final AtomicReference<MockOAuth2Server> SERVER = new AtomicReference<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (SERVER.get() != null) {
            return;
        }
        int port = Integer.parseInt(event.getEnvironment().getProperty("HELHET_IDPORTEN_DEMO_PORT", "8089"));
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(port);
        SERVER.set(server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "idporten-demo-shutdown"));
        String issuer = server.issuerUrl(ISSUER).toString();
        event.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "idporten-demo",
                        Map.of(
                                "helhet.idporten.issuer-uri", issuer,
                                "helhet.idporten.client-id", CLIENT_ID,
                                "helhet.idporten.client-secret", "demo")));
        log.info("ID-porten demo (mock-oauth2-server) at {}", issuer);
    }

    /** The embedded stand-in for ID-porten. */
    static MockOAuth2Server server() {
        return SERVER.get();
    }

    static List<String> audience() {
        return List.of(CLIENT_ID);
    }
}
