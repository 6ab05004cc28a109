package no.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's summary: reads {@code target/bench/app.csv} (the pages' response times as the
 * load test saw them, {@link PageTimes}) and {@code target/bench/raw-sql.csv} ({@link RawSql}), and
 * prints (and writes to {@code target/bench/summary.md}) per page the count, errors, req/s,
 * p50/p95/p99 and the ratio of the application's p50 and p95 to the raw SQL's; the throughput of
 * the mix over the measured period ({@code bench.duration} seconds, warm-up left out) and the error
 * count.
 */
public final class Report {

    private Report() {}

    public static void main(String[] args) throws IOException {
        int duration = Integer.getInteger("bench.duration", 300);
        Map<String, double[]> raw = new HashMap<>();
        for (String[] f : rows(Path.of("target/bench/raw-sql.csv"))) {
            raw.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        StringBuilder out = new StringBuilder();
        out.append("Measured period: ").append(duration).append(" s (warm-up left out)\n\n");
        out.append("| Page | Requests | Errors | req/s | p50 ms | p95 ms | p99 ms | raw SQL p50 / p95 ms |"
                + " app ÷ raw (p50 / p95) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        long total = 0;
        long errors = 0;
        long warmupErrors = 0;
        for (String[] f : rows(Path.of("target/bench/app.csv"))) {
            String name = f[0];
            long count = Long.parseLong(f[1]);
            long ko = Long.parseLong(f[2]);
            if (name.startsWith("warm-up: ")) {
                warmupErrors += ko;
                continue;
            }
            total += count;
            errors += ko;
            double p50 = Double.parseDouble(f[3]);
            double p95 = Double.parseDouble(f[4]);
            double[] r = raw.get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.0f | %.0f | %s | %s | %s |%n",
                    name,
                    count,
                    ko,
                    count / (double) duration,
                    p50,
                    p95,
                    f[5],
                    r == null ? "–" : String.format(Locale.ROOT, "%.2f / %.2f", r[0], r[1]),
                    r == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT,
                                    "%.1f / %.1f",
                                    p50 / Math.max(r[0], 0.01),
                                    p95 / Math.max(r[1], 0.01))));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nThroughput of the mix: %.1f requests/s; errors: %d (warm-up: %d)%n",
                total / (double) duration,
                errors,
                warmupErrors));
        Path summary = Path.of("target/bench/summary.md");
        Files.writeString(summary, out);
        System.out.println(out);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            throw new IllegalStateException(csv + " is missing: run gatling:test first");
        }
        return Files.readAllLines(csv).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.split(","))
                .toList();
    }
}
