package no.helhet.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a family's data are kept after its case closed.
 *
 * @param period a family whose last request closed (refused, or the appointment ended) longer ago
 *     than this, with nothing waiting and no open appointment, is erased (default P10Y; see
 *     docs/adr/0012-privacy-from-the-catalogue.md for why, and the municipality's archive plan)
 * @param cron when the daily erasure job runs
 */
@ConfigurationProperties("helhet.retention")
record RetentionProperties(Period period, String cron) {}
