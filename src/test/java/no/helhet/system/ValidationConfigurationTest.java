package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class ValidationConfigurationTest {

    /** 00:30 on 23 November in Oslo, still 22 November in UTC. */
    private static final Clock AFTER_MIDNIGHT_IN_OSLO =
            Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Europe/Oslo"));

    record Received(@PastOrPresent LocalDate on) {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(ValidationConfiguration.class)
            .withBean(Clock.class, () -> AFTER_MIDNIGHT_IN_OSLO);

    @Test
    void todayInOsloIsNotTheFutureJustAfterMidnight() {
        runner.run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator.validate(new Received(LocalDate.of(2026, 11, 23))))
                    .isEmpty();
            assertThat(validator.validate(new Received(LocalDate.of(2026, 11, 24))))
                    .hasSize(1);
        });
    }
}
