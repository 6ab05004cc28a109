package no.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The raw-SQL side of the benchmark: for each page of the mix, the page's principal statements (as
 * the application's modules issue them; taken from the code, see docs/performance.md) run straight
 * against PostgreSQL over JDBC, one connection, on families picked as the load test picks them. The
 * time of one page is the sum of its statements including reading every row; p50/p95/p99 over
 * {@code bench.rawIterations} (500) go to {@code target/bench/raw-sql.csv}, read by {@link Report}.
 */
final class RawSql {

    private static final String WAITING = "('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED')";
    private static final String LOG = "insert into access_log (occurred_at, staff_id, username, role, unit_id, action,"
            + " what, family_id, outcome) values (now(), null, 'bench3', 'KE_CASEWORKER', null, 'VIEW', 'raw', ?, 'GRANTED')";

    /** One statement and how to find its one uuid parameter (or none) for family i. */
    record Sql(String text, IntFunction<UUID> param) {}

    static Sql sql(String text, IntFunction<UUID> param) {
        return new Sql(text, param);
    }

    static Sql sql(String text) {
        return new Sql(text, null);
    }

    /** Each page: the family states it is asked for (from, to) and its statements. */
    record Page(int from, int to, List<Sql> statements) {}

    static Map<String, Page> pages(BenchData data) {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put(
                "worklist",
                new Page(
                        0,
                        99,
                        List.of(
                                sql("select count(*) from coordinator_request where 1 = 1 and status in " + WAITING),
                                sql("select id, family_id, channel, received_on, status, closed_on, coordinator_id,"
                                        + " coordinator_unit_id from coordinator_request where 1 = 1 and status in "
                                        + WAITING + " order by received_on, id limit 20 offset 0"),
                                sql("select g.family_id, g.given_name, g.family_name from guardian g where g.family_id in"
                                        + " (select family_id from coordinator_request where status in " + WAITING
                                        + " order by received_on, id limit 20)"),
                                sql("select c.family_id, c.given_name, c.family_name from child c where c.family_id in"
                                        + " (select family_id from coordinator_request where status in " + WAITING
                                        + " order by received_on, id limit 20)"),
                                sql(LOG, BenchData::family))));
        List<Sql> family = List.of(
                sql("select * from family where id = ?", BenchData::family),
                sql(
                        "select * from guardian where family_id = ? order by family_name, given_name",
                        BenchData::family),
                sql("select * from child where family_id = ?", BenchData::family),
                sql("select * from coordinator_request where family_id = ?", BenchData::family),
                sql("select * from appointment where family_id = ?", BenchData::family),
                sql("select * from service where family_id = ?", BenchData::family),
                sql("select * from consent where family_id = ?", BenchData::family),
                sql("select * from meeting where family_id = ? order by starts_at", BenchData::family),
                sql(LOG, BenchData::family));
        pages.put("family page", new Page(0, 99, family));
        pages.put("family page (coordinator)", new Page(26, 99, family));
        pages.put(
                "request page",
                new Page(
                        5,
                        99,
                        List.of(
                                sql("select * from coordinator_request where id = ?", BenchData::request),
                                sql(
                                        "select * from coordinator_request_child where coordinator_request_id = ?",
                                        BenchData::request),
                                sql("select * from family where id = ?", BenchData::family),
                                sql("select * from guardian where family_id = ?", BenchData::family),
                                sql("select * from child where family_id = ?", BenchData::family),
                                sql(
                                        "select * from eligibility_assessment where coordinator_request_id = ?",
                                        BenchData::request),
                                sql("select * from decision where coordinator_request_id = ?", BenchData::request),
                                sql("select * from appointment where coordinator_request_id = ?", BenchData::request),
                                sql(LOG, BenchData::family))));
        pages.put(
                "chronology",
                new Page(
                        5,
                        99,
                        List.of(
                                sql("select * from child where family_id = ?", BenchData::family),
                                sql("select received_on from coordinator_request where family_id = ?", BenchData::family),
                                sql("select created_at from eligibility_assessment where family_id = ?", BenchData::family),
                                sql("select decided_on from decision where family_id = ?", BenchData::family),
                                sql("select starts_on from appointment where family_id = ?", BenchData::family),
                                sql("select created_at, description from service where family_id = ?", BenchData::family),
                                sql("select given_on from consent where family_id = ?", BenchData::family),
                                sql("select starts_at from meeting where family_id = ?", BenchData::family),
                                sql("select noted_on, text from case_note where family_id = ?", BenchData::family),
                                sql(LOG, BenchData::family))));
        pages.put(
                "my families",
                new Page(
                        26,
                        99,
                        List.of(
                                sql(
                                        "select * from appointment where coordinator_id = (select coordinator_id from"
                                                + " appointment where family_id = ?) and ended_on is null",
                                        BenchData::family),
                                sql(
                                        "select family_id, given_name, family_name from guardian where family_id in"
                                                + " (select family_id from appointment where coordinator_id = (select"
                                                + " coordinator_id from appointment where family_id = ?) and ended_on is null)",
                                        BenchData::family),
                                sql(LOG, BenchData::family))));
        pages.put(
                "plan page",
                new Page(
                        26,
                        99,
                        List.of(
                                sql("select * from individual_plan where id = ?", BenchData::plan),
                                sql("select * from plan_version where plan_id = ? order by number", BenchData::plan),
                                sql(
                                        "select * from plan_version_item where plan_version_id in (select id from"
                                                + " plan_version where plan_id = ?)",
                                        BenchData::plan),
                                sql("select * from plan_text where plan_id = ?", BenchData::plan),
                                sql("select * from plan_participant where plan_id = ?", BenchData::plan),
                                sql("select * from plan_goal where plan_id = ?", BenchData::plan),
                                sql("select * from plan_measure where plan_id = ?", BenchData::plan),
                                sql("select * from plan_evaluation where plan_id = ?", BenchData::plan),
                                sql("select * from family where id = ?", BenchData::family),
                                sql("select * from guardian where family_id = ?", BenchData::family),
                                sql("select * from child where family_id = ?", BenchData::family),
                                sql("select * from consent where family_id = ?", BenchData::family),
                                sql(
                                        "select * from consent_provider where consent_id in (select id from consent"
                                                + " where family_id = ?)",
                                        BenchData::family),
                                sql("select * from appointment where family_id = ?", BenchData::family),
                                sql("select * from service where family_id = ?", BenchData::family),
                                // The choices of the page's forms, as the page loads them today: the
                                // units, the staff and the whole provider register with its contacts.
                                sql("select * from unit"),
                                sql("select * from staff_member"),
                                sql("select id, name from service_provider"),
                                sql(
                                        "select id, name, organisation_number, owner_type, sector_code, law, address,"
                                                + " version from service_provider"),
                                sql("select service_provider_id, name, role, phone, email from provider_contact"),
                                sql(LOG, BenchData::family))));
        String stock = "current_date";
        String yearFrom = "date_trunc('year', current_date)::date";
        String yearUntil = "(date_trunc('year', current_date) + interval '1 year')::date";
        String monthly = "select d.month_end, a.kind, count(distinct a.family_id) as n from (select (m + interval"
                + " '1 month' - interval '1 day')::date as month_end from generate_series(%s, %s, interval '1 month')"
                + " as m) d join appointment a on a.starts_on <= d.month_end and (a.ended_on is null or a.ended_on >"
                + " d.month_end) group by d.month_end, a.kind%s";
        String lastMonth = "date_trunc('month', current_date - interval '1 month')::date";
        pages.put(
                "dashboard",
                new Page(
                        0,
                        99,
                        List.of(
                                sql("select * from unit"),
                                sql("select * from staff_member"),
                                sql("select coordinator_id, kind, count(distinct family_id) as n from appointment where"
                                        + " starts_on <= " + stock + " and (ended_on is null or ended_on > " + stock
                                        + ") group by coordinator_id, kind"),
                                sql("select kind, count(distinct family_id) as n from appointment where starts_on <= "
                                        + stock + " and (ended_on is null or ended_on > " + stock + ") group by kind"),
                                sql("select coordinator_id, sum(hours_per_month) as hours, count(distinct family_id) as n"
                                        + " from appointment where starts_on <= " + stock + " and (ended_on is null or"
                                        + " ended_on > " + stock + ") and hours_per_month is not null group by"
                                        + " coordinator_id"),
                                sql("select count(distinct p.child_id) from individual_plan p where (p.period_until is"
                                        + " null or p.period_until >= current_date) and exists (select 1 from"
                                        + " plan_version v where v.plan_id = p.id and v.created_at < now())"),
                                sql("select outcome, count(*) as n from decision where decided_on >= " + yearFrom
                                        + " and decided_on < " + yearUntil + " group by outcome"),
                                sql("select count(*) from coordinator_request where received_on >= " + yearFrom
                                        + " and received_on < " + yearUntil),
                                sql("select count(*) as n, percentile_disc(0.5) within group (order by decided_on -"
                                        + " received_on), percentile_disc(0.9) within group (order by decided_on -"
                                        + " received_on) from coordinator_request where decided_on is not null and"
                                        + " decided_on >= " + yearFrom + " and decided_on < " + yearUntil),
                                sql("select count(*) filter (where current_date - received_on <= 14), count(*) filter"
                                        + " (where current_date - received_on > 56) from coordinator_request where"
                                        + " status in " + WAITING),
                                sql("select kind, count(*) from complaint where received_on >= " + yearFrom
                                        + " and received_on < " + yearUntil + " group by kind"),
                                sql("select m::date as month, count(r.id) as n from generate_series((" + yearFrom
                                        + " - interval '2 years')::date, " + lastMonth + ", interval '1 month') as m"
                                        + " left join coordinator_request r on r.received_on >= m::date and"
                                        + " r.received_on < (m + interval '1 month')::date group by m order by m"),
                                sql(String.format(
                                        monthly,
                                        "(" + lastMonth + " - interval '23 months')::date",
                                        lastMonth,
                                        "")),
                                sql(String.format(
                                        monthly.replace("a.kind, count", "a.coordinator_id, a.kind, count"),
                                        "(" + lastMonth + " - interval '23 months')::date",
                                        lastMonth,
                                        ", a.coordinator_id")),
                                sql(String.format(
                                        monthly,
                                        "(" + lastMonth + " - interval '11 months')::date",
                                        lastMonth,
                                        "")),
                                sql("select * from complaint where reconsideration is null or (reconsideration ="
                                        + " 'UPHELD' and governor_outcome is null) order by deadline nulls last,"
                                        + " received_on"),
                                sql("select count(*) from individual_plan where next_evaluation_on < current_date"))));
        pages.put(
                "add a note",
                new Page(
                        5,
                        99,
                        List.of(
                                sql("select * from child where family_id = ?", BenchData::family),
                                sql(
                                        "insert into case_note (id, family_id, child_id, noted_on, text, author_username,"
                                                + " author_name, author_role, created_at) values (gen_random_uuid(), ?,"
                                                + " null, current_date, 'raw', 'bench3', 'Raw', 'KE_CASEWORKER', now())",
                                        BenchData::family),
                                sql(LOG, BenchData::family))));
        return pages;
    }

    static void measureAndWrite(BenchData data) {
        String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/helhet_bench");
        String user = System.getProperty("bench.db.user", "postgres");
        String password = System.getProperty("bench.db.password", "");
        int iterations = Integer.getInteger("bench.rawIterations", 500);
        // A slow page (the dashboard) stops after this many seconds, with at least 10 iterations.
        long budget = Long.getLong("bench.rawSeconds", 30) * 1_000_000_000L;
        Random random = new Random(13);
        StringBuilder csv = new StringBuilder("page,iterations,p50_ms,p95_ms,p99_ms\n");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (var page : pages(data).entrySet()) {
                long[] nanos = new long[iterations];
                long started = System.nanoTime();
                int n = 0;
                for (; n < iterations && (n < 10 || System.nanoTime() - started < budget); n++) {
                    int i = data.family(random, page.getValue().from(), page.getValue().to());
                    long t = System.nanoTime();
                    for (Sql sql : page.getValue().statements()) {
                        run(c, sql, i);
                    }
                    nanos[n] = System.nanoTime() - t;
                }
                nanos = Arrays.copyOf(nanos, n);
                Arrays.sort(nanos);
                csv.append(String.format(
                        java.util.Locale.ROOT,
                        "%s,%d,%.2f,%.2f,%.2f%n",
                        page.getKey(),
                        n,
                        pct(nanos, 50),
                        pct(nanos, 95),
                        pct(nanos, 99)));
            }
            Path out = Path.of("target/bench/raw-sql.csv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, csv);
            System.out.println("raw SQL per page (ms):\n" + csv);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("raw SQL timing failed: " + e.getMessage(), e);
        }
    }

    private static void run(Connection c, Sql sql, int i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            if (sql.param() != null) {
                ps.setObject(1, sql.param().apply(i));
            }
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object> sink = new ArrayList<>();
                    while (rs.next()) {
                        for (int k = 1; k <= columns; k++) {
                            sink.add(rs.getObject(k));
                        }
                    }
                }
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
