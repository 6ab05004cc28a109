package no.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's summary: reads the newest Gatling run's per-request pages ({@code req_*.html};
 * Gatling 3.14 writes no stats.json) under {@code target/gatling} and {@code target/bench/raw-sql.csv}, and prints (and writes to
 * {@code target/bench/summary.md}) per page the count, errors, p50/p95/p99 and the ratio of the
 * application's p50 and p95 to the raw SQL's; the throughput over the measured period
 * ({@code bench.duration} seconds, warm-up left out) and the error count.
 */
public final class Report {

    private static final Pattern TITLE = Pattern.compile("<title>Gatling Stats - ([^<]+)</title>");
    private static final Pattern ROW = Pattern.compile("<td class=\"title\">([^<]+)(?:</abbr>)?</td>\\s*"
            + "<td class=\"total\">([^<]*)</td>\\s*<td class=\"ok\">([^<]*)</td>\\s*<td class=\"ko\">([^<]*)</td>");

    private Report() {}

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9.]", "");
        return digits.isEmpty() ? 0 : Math.round(Double.parseDouble(digits));
    }

    public static void main(String[] args) throws IOException {
        int duration = Integer.getInteger("bench.duration", 300);
        Path run;
        try (Stream<Path> runs = Files.list(Path.of("target/gatling"))) {
            run = runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run under target/gatling"));
        }
        Map<String, double[]> raw = new HashMap<>();
        Path rawCsv = Path.of("target/bench/raw-sql.csv");
        if (Files.exists(rawCsv)) {
            for (String line : Files.readAllLines(rawCsv).subList(1, Files.readAllLines(rawCsv).size())) {
                String[] f = line.split(",");
                raw.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Gatling run: ").append(run).append('\n');
        out.append("Measured period: ").append(duration).append(" s (warm-up left out)\n\n");
        out.append("| Page | Requests | Errors | req/s | p50 ms | p95 ms | p99 ms | raw SQL p50 / p95 ms | app ÷ raw (p50 / p95) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        long total = 0;
        long errors = 0;
        long warmupErrors = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.list(run)) {
            pages = files.filter(p -> p.getFileName().toString().startsWith("req_"))
                    .sorted()
                    .toList();
        }
        for (Path page : pages) {
            String html = Files.readString(page);
            Matcher title = TITLE.matcher(html);
            if (!title.find()) {
                continue;
            }
            String name = title.group(1).trim();
            Map<String, String[]> rows = new HashMap<>();
            Matcher row = ROW.matcher(html);
            while (row.find()) {
                rows.putIfAbsent(row.group(1).trim(), new String[] {row.group(2), row.group(3), row.group(4)});
            }
            long count = number(rows.get("Total count")[0]);
            long ko = number(rows.get("Total count")[2]);
            if (name.startsWith("warm-up: ") || name.startsWith("login")) {
                warmupErrors += ko;
                continue;
            }
            total += count;
            errors += ko;
            double p50 = number(rows.get("50th percentile")[0]);
            double p95 = number(rows.get("95th percentile")[0]);
            double p99 = number(rows.get("99th percentile")[0]);
            double[] r = raw.get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %s | %s |%n",
                    name,
                    count,
                    ko,
                    count / (double) duration,
                    p50,
                    p95,
                    p99,
                    r == null ? "–" : String.format(Locale.ROOT, "%.2f / %.2f", r[0], r[1]),
                    r == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT, "%.1f / %.1f", p50 / Math.max(r[0], 0.01), p95 / Math.max(r[1], 0.01))));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nThroughput of the mix: %.1f requests/s; errors: %d (warm-up and login: %d)%n",
                total / (double) duration,
                errors,
                warmupErrors));
        Path summary = Path.of("target/bench/summary.md");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, out);
        System.out.println(out);
    }
}
