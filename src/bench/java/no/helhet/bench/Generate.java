package no.helhet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Builds the national benchmark data set directly in PostgreSQL: migrates an empty database with
 * the application's own Flyway migrations, then runs {@code bench/generate.sql} step by step (set-based
 * INSERT ... SELECT). Lives in {@code src/bench}, outside {@code src/main/java}, because it writes every
 * module's tables at once, which the application's modules may not (TableOwnershipTest).
 *
 * <p>System properties: {@code bench.db.url} (default {@code jdbc:postgresql://127.0.0.1:5432/helhet_bench}),
 * {@code bench.db.user} ({@code postgres}), {@code bench.db.password} (empty), {@code bench.families}
 * (100000). All staff get the password {@value #PASSWORD}; its BCrypt hash is computed once per run.
 */
public final class Generate {

    public static final String PASSWORD = "helhet-bench";

    private Generate() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/helhet_bench");
        String user = System.getProperty("bench.db.user", "postgres");
        String password = System.getProperty("bench.db.password", "");
        int families = Integer.parseInt(System.getProperty("bench.families", "100000"));
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                var rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'");
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("The database " + url
                            + " is not empty; generate into a new one (dropdb helhet_bench; createdb helhet_bench)");
                }
            }
        }
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                // As application.yml: the application's role (V036 grants it the data; with no such
                // role, as on a benchmark server where Helhet connects as the owner, nothing happens).
                .placeholders(java.util.Map.of("appRole", System.getProperty("bench.appRole", "helhet_app")))
                .load()
                .migrate();
        System.out.printf("migrated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        String script = read("bench/generate.sql")
                .replace("${families}", Integer.toString(families))
                .replace("${passwordHash}", hash);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set statement_timeout = 0");
                s.execute("set maintenance_work_mem = '256MB'");
                s.execute("set work_mem = '64MB'");
                s.execute("set synchronous_commit = off");
                // The keys are consistent by construction; skipping the foreign-key triggers while
                // loading (needs a superuser, as on the benchmark server) saves most of the time.
                s.execute("set session_replication_role = replica");
                for (String[] step : steps(script)) {
                    long t = System.nanoTime();
                    s.execute(step[1]);
                    System.out.printf("%-22s %7.1f s%n", step[0], (System.nanoTime() - t) / 1e9);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("generation failed: " + e.getMessage(), e);
        }
        System.out.printf(
                "generated %d families in %.1f s; log in as bench1 (admin), bench2 (KE lead), bench3 ... (KE caseworkers),"
                        + " with password %s%n",
                families, (System.nanoTime() - start) / 1e9, PASSWORD);
    }

    /** The script's steps: each starts at a line {@code -- step: name} and runs as one JDBC execute. */
    static List<String[]> steps(String script) {
        List<String[]> steps = new ArrayList<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("-- step: ")) {
                if (name != null) {
                    steps.add(new String[] {name, body.toString()});
                }
                name = line.substring("-- step: ".length()).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            steps.add(new String[] {name, body.toString()});
        }
        return steps;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Generate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
