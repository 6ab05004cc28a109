package no.helhet.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The absolute session time-out ({@code HELHET_SESSION_ABSOLUTE_TIMEOUT}); the idle one is
 * {@code server.servlet.session.timeout} ({@code HELHET_SESSION_IDLE_TIMEOUT}).
 */
@ConfigurationProperties("helhet.session")
record SessionSettings(@DefaultValue("PT10H") Duration absoluteTimeout) {}
