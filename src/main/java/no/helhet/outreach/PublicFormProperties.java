package no.helhet.outreach;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limit of the public request form: at most {@code submissionsPerClient} submissions
 * (valid or not) per client address within {@code window}, counted in this node's memory.
 */
@ConfigurationProperties("helhet.public-form")
record PublicFormProperties(int submissionsPerClient, Duration window, int clientsRemembered) {}
