package no.helhet.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on password guessing, counted in the database so that they hold across nodes.
 *
 * @param maxFailuresPerAccount failed logins to one username within the window before further
 *     attempts on it are refused (default 5)
 * @param maxFailuresPerClient failed logins from one client address within the window before
 *     further attempts from it are refused (default 20: a municipality's offices often share one
 *     address)
 * @param window how far back failures count; a refusal lasts until enough of them are older
 *     (default 15 minutes)
 */
@ConfigurationProperties("helhet.login")
record LoginProperties(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window) {}
