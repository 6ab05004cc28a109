package no.helhet.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param suppressBelow counts from 1 up to this number minus one are shown as "fewer than" (default 5)
 * @param dashboardCacheSeconds how long a computed dashboard is shown before it is computed again
 *     (default 60; 0 computes it on every request)
 */
@ConfigurationProperties("helhet.report")
record ReportProperties(int suppressBelow, int dashboardCacheSeconds) {}
