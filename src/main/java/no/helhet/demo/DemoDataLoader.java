package no.helhet.demo;

import no.helhet.family.FamilyService;
import no.helhet.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set at start-up in demo mode: by default only into the embedded database
 * ({@code HELHET_DEMO=auto}), never into an external one unless asked ({@code HELHET_DEMO=true}).
 * Loads once: a database that already holds families is left alone. Prints the demo logins.
 */
@Component
@org.springframework.core.annotation.Order(-1)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataGenerator generator;
    private final DemoPlans plans;
    private final java.time.Clock clock;
    private final FamilyService families;
    private final Environment environment;
    private final DemoMode demoMode;
    private final int size;

    DemoDataLoader(
            DemoDataGenerator generator,
            DemoPlans plans,
            java.time.Clock clock,
            FamilyService families,
            Environment environment,
            DemoMode demoMode,
            @Value("${helhet.demo.families}") int size) {
        this.generator = generator;
        this.plans = plans;
        this.clock = clock;
        this.families = families;
        this.environment = environment;
        this.demoMode = demoMode;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        if (families.countFamilies() == 0) {
            log.info("Loading demo data: {} families", size);
            generator.generate(size);
            plans.generate(java.time.LocalDate.now(clock));
        }
        printLogins();
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("\n\nHelhet demo logins (password for all: ")
                .append(DemoDataGenerator.DEMO_PASSWORD)
                .append(")\n");
        for (DemoDataGenerator.DemoLogin login : DemoDataGenerator.LOGINS) {
            text.append(String.format("  %-12s %s%n", login.username(), login.description()));
        }
        text.append("Open http://localhost:")
                .append(environment.getProperty("local.server.port", "8080"))
                .append('\n');
        log.info(text.toString());
    }
}
