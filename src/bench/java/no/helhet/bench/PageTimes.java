package no.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each page's response times and errors as the load test sees them, kept in the Gatling JVM and
 * written to {@code target/bench/app.csv} after the run (page, count, errors, p50, p95, p99 in ms).
 * Gatling's own statistics are only available through its HTML report, which needs the
 * non-open-source gatling-charts-highcharts module; this keeps the profile open source.
 */
final class PageTimes {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ERRORS = new ConcurrentHashMap<>();

    private PageTimes() {}

    static void record(String page, int millis, boolean failed) {
        TIMES.computeIfAbsent(page, p -> Collections.synchronizedList(new ArrayList<>()));
        if (millis >= 0) {
            TIMES.get(page).add(millis);
        }
        if (failed) {
            ERRORS.merge(page, 1, Integer::sum);
        }
    }

    static void write() {
        StringBuilder csv = new StringBuilder("page,count,errors,p50_ms,p95_ms,p99_ms\n");
        TIMES.keySet().stream().sorted().forEach(page -> {
            List<Integer> times;
            synchronized (TIMES.get(page)) {
                times = new ArrayList<>(TIMES.get(page));
            }
            Collections.sort(times);
            int errors = ERRORS.getOrDefault(page, 0);
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%d,%d%n",
                    page,
                    Math.max(times.size(), errors),
                    errors,
                    pct(times, 50),
                    pct(times, 95),
                    pct(times, 99)));
        });
        try {
            Path out = Path.of("target/bench/app.csv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, csv);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pct(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
