package no.helhet.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Norwegian time; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
