package no.helhet.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether Helhet runs as a demo: {@code HELHET_DEMO=true}, or {@code auto} (the default) on the
 * embedded database. In demo mode the demo data load and synthetic national ids are accepted.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        String mode = environment.getProperty("helhet.demo.mode", "auto");
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        this.enabled = "true".equalsIgnoreCase(mode) || ("auto".equalsIgnoreCase(mode) && embedded);
    }

    public boolean enabled() {
        return enabled;
    }
}
