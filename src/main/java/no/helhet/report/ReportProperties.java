package no.helhet.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param suppressBelow counts from 1 up to this number minus one are shown as "fewer than" (default 5) */
@ConfigurationProperties("helhet.report")
record ReportProperties(int suppressBelow) {}
