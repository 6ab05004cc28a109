package no.helhet.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The generated data set's keys and accounts, computed as generate.sql computes them (ids are
 * {@code md5(text)::uuid}, staff numbers by role), so the load test and the raw-SQL timing need no
 * lookups. Keep in step with generate.sql.
 */
public final class BenchData {

    final int families;
    final int staff;

    BenchData(int families) {
        this.families = families;
        this.staff = Math.max(20, families / 50);
    }

    static BenchData fromProperties() {
        return new BenchData(Integer.parseInt(System.getProperty("bench.families", "100000")));
    }

    /** PostgreSQL's {@code md5(text)::uuid}. */
    static UUID id(String text) {
        try {
            String hex = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int caseworkers() {
        return Math.max(2, staff / 20);
    }

    /** The n-th KE caseworker's username (n from 0). */
    String caseworker(int n) {
        return "bench" + (3 + n % caseworkers());
    }

    private int firstCoordinator() {
        return 3 + caseworkers() + Math.max(1, staff / 100);
    }

    /** A coordinator who has appointed families: the one appointed for family {@code i}. */
    String coordinatorOf(int i) {
        int coordinators = staff - firstCoordinator() + 1;
        return "bench" + (firstCoordinator() + i % coordinators);
    }

    /** The state of family i, as generate.sql gives it ({@code i % 100}). */
    static int state(int i) {
        return i % 100;
    }

    /** A family number in [1, families] whose state satisfies the range [from, to]. */
    int family(java.util.Random random, int from, int to) {
        while (true) {
            int i = 1 + random.nextInt(families);
            int s = state(i);
            if (s >= from && s <= to) {
                return i;
            }
        }
    }

    static UUID family(int i) {
        return id("f" + i);
    }

    static UUID request(int i) {
        return id("r" + i);
    }

    /** The individual plan of family i (appointed families, states 26-99). */
    static UUID plan(int i) {
        return id("pl" + i);
    }

    static UUID firstChild(int i) {
        return id("c" + i + "-1");
    }

    static UUID firstGuardian(int i) {
        return id("g" + i + "-1");
    }

    UUID provider(int i) {
        return id("p" + (i % Math.max(16, families / 20)));
    }
}
