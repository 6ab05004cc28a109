package no.helhet.system;

import java.time.Clock;
import java.time.ZoneId;
import no.helhet.demo.DemoClock;
import no.helhet.shared.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in Norwegian time; in demo mode the {@link DemoClock}, which
 * lets the demo generator lay a family's history over the last 24 months; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock(DemoMode demo) {
        Clock system = Clock.system(OSLO);
        return demo.enabled() ? new DemoClock(system) : system;
    }
}
