package no.helhet.report;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The leaders' dashboard, computed at most once per filter within {@code
 * helhet.report.dashboard-cache-seconds} (60 by default; 0 computes it on every request). Its
 * figures are aggregates over every family and 24 months of history; at the national size they take
 * seconds of database time to compute (docs/performance.md), while a leader needs them by the
 * minute, not by the second. The page says when they were computed. When the minute is past, the
 * next request still gets the kept figures while they are computed again in the background (so no
 * leader waits for them, and they are computed once, not by every request at once); figures older
 * than ten times the setting are not shown. Bounded to 200 filters.
 */
@Component
class DashboardCache {

    /** A dashboard and when it was computed. */
    record Computed(Dashboard dashboard, ZonedDateTime computedAt) {}

    private final Function<DashboardFilter, Dashboard> compute;
    private final Clock clock;
    private final LoadingCache<DashboardFilter, Computed> cache;

    @Autowired
    DashboardCache(DashboardQueries queries, ReportProperties report, Clock clock) {
        this(queries::dashboard, report.dashboardCacheSeconds(), clock);
    }

    DashboardCache(Function<DashboardFilter, Dashboard> compute, int seconds, Clock clock) {
        this.compute = compute;
        this.clock = clock;
        this.cache = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .refreshAfterWrite(Duration.ofSeconds(seconds))
                        .expireAfterWrite(Duration.ofSeconds(seconds * 10L))
                        .maximumSize(200)
                        .build(this::computeNow);
    }

    Computed dashboard(DashboardFilter filter) {
        if (cache == null) {
            return computeNow(filter);
        }
        return cache.get(filter);
    }

    private Computed computeNow(DashboardFilter filter) {
        return new Computed(compute.apply(filter), ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Oslo"))));
    }
}
