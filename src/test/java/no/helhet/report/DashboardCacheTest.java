package no.helhet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The dashboard is computed once per filter while it is kept, and on every request when not kept. */
class DashboardCacheTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC);
    private final AtomicInteger computed = new AtomicInteger();
    private final Function<DashboardFilter, Dashboard> compute = f -> {
        computed.incrementAndGet();
        return new Dashboard(f, 2026, List.of(2026), List.of(), List.of(), 5, List.of());
    };

    @Test
    void aKeptDashboardIsComputedOncePerFilterAndSaysWhen() {
        DashboardCache cache = new DashboardCache(compute, 60, clock);
        DashboardFilter all = new DashboardFilter(2026, null, null);

        DashboardCache.Computed first = cache.dashboard(all);
        DashboardCache.Computed again = cache.dashboard(all);
        cache.dashboard(new DashboardFilter(2025, null, null));

        assertThat(computed).hasValue(2);
        assertThat(again.dashboard()).isSameAs(first.dashboard());
        assertThat(first.computedAt().toLocalDateTime()).hasToString("2026-11-30T11:15");
    }

    @Test
    void withoutKeepingItIsComputedOnEveryRequest() {
        DashboardCache cache = new DashboardCache(compute, 0, clock);
        DashboardFilter all = new DashboardFilter(2026, null, null);

        cache.dashboard(all);
        cache.dashboard(all);

        assertThat(computed).hasValue(2);
    }
}
