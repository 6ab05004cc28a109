package no.helhet.shared;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a list is sorted: one of the list's whitelisted columns and a direction, read from {@code
 * ?sort=<column>&dir=asc|desc}. An unknown column or direction falls back to the list's default; the
 * SQL comes only from the whitelist, never from the request, and is tie-broken by the list's unique
 * column so that paging is stable (docs/adr/0017-sorting-and-paging.md).
 *
 * <p>A list declares its {@link Columns} once, parses each request with {@link Columns#parse}, and
 * places the result {@link #at} its URL (the filters, without sort, direction and page) so the
 * column headers ({@code fragments/sort :: th}) and the pager keep the filters and the page.
 */
public final class ListSort {

    public static final String ASC = "asc";
    public static final String DESC = "desc";

    private final Columns columns;
    private final String key;
    private final boolean descending;
    private final String base;
    private final int page;

    private ListSort(Columns columns, String key, boolean descending, String base, int page) {
        this.columns = columns;
        this.key = key;
        this.descending = descending;
        this.base = base;
        this.page = page;
    }

    /** This sort on the list at this URL (its filters as query parameters, no sort, direction or page). */
    public ListSort at(String listUrl, int currentPage) {
        return new ListSort(columns, key, descending, listUrl, Math.max(0, currentPage));
    }

    /** The sorted column's key. */
    public String key() {
        return key;
    }

    public boolean descending() {
        return descending;
    }

    /** {@code asc} or {@code desc}. */
    public String dir() {
        return descending ? DESC : ASC;
    }

    /** The ORDER BY clause: the whitelisted expression, then the tie-breaking column, both in this direction. */
    public String orderBy() {
        List<String> expressions = columns.sql.get(key);
        if (expressions.isEmpty()) {
            throw new IllegalStateException("column " + key + " is sorted in memory");
        }
        String direction = descending ? " desc" : " asc";
        StringBuilder order = new StringBuilder(" order by ");
        for (String expression : expressions) {
            order.append(expression).append(direction).append(", ");
        }
        return order.append(columns.tieBreak).append(direction).toString();
    }

    /**
     * For a list sorted in memory: the comparator of the sorted column (given per key), turned when
     * descending, then the tie-breaker.
     */
    public <T> Comparator<T> comparing(Map<String, Comparator<T>> byKey, Comparator<T> tieBreak) {
        Comparator<T> c = byKey.getOrDefault(key, tieBreak);
        if (descending) {
            c = c.reversed();
        }
        return c.thenComparing(descending ? tieBreak.reversed() : tieBreak);
    }

    /** One page of a list sorted in memory. */
    public static <T> PageSlice<T> page(List<T> sorted, int page, int size) {
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        return new PageSlice<>(List.copyOf(sorted.subList(from, to)), page, size, sorted.size());
    }

    /** Whether the list may be sorted by this column. */
    public boolean sortable(String column) {
        return columns.sql.containsKey(column);
    }

    /** The {@code aria-sort} of a column header: ascending or descending when sorted by it, else none. */
    public String ariaSort(String column) {
        if (!key.equals(column)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** The link of a column header: sorted by it, ascending first and then turned, filters and page kept. */
    public String href(String column) {
        String dir = key.equals(column) && !descending ? DESC : ASC;
        return join(base, "sort=" + column + "&dir=" + dir + (page > 0 ? "&page=" + page : ""));
    }

    /** The list's URL with its filters and this sort, for the pager (which adds the page). */
    public String pageBase() {
        return join(base, "sort=" + key + "&dir=" + dir());
    }

    private static String join(String url, String query) {
        String u = url == null ? "" : url;
        return u + (u.contains("?") ? "&" : "?") + query;
    }

    @Override
    public String toString() {
        return key + " " + dir();
    }

    /** A list's sortable columns (key to SQL expression), its default sort and its tie-breaking column. */
    public static final class Columns {

        private final Map<String, List<String>> sql = new LinkedHashMap<>();
        private final String tieBreak;
        private String defaultKey;
        private boolean defaultDescending;

        private Columns(String tieBreak) {
            this.tieBreak = Objects.requireNonNull(tieBreak);
        }

        /** Columns of a list whose rows are told apart by this unique column (usually {@code id}). */
        public static Columns tieBrokenBy(String uniqueColumn) {
            return new Columns(uniqueColumn);
        }

        /**
         * A sortable column: its key in the URL and the SQL expressions it sorts by, each in the
         * sort's direction (constants, never input; a second expression lets an index on both
         * columns give the order, e.g. status, then received).
         */
        public Columns column(String key, String sqlExpression, String... thenBy) {
            List<String> expressions = new java.util.ArrayList<>();
            expressions.add(Objects.requireNonNull(sqlExpression));
            expressions.addAll(List.of(thenBy));
            return put(key, expressions);
        }

        private Columns put(String key, List<String> expressions) {
            if (!key.matches("[a-zA-Z]+")) {
                throw new IllegalArgumentException("a sort key is letters only: " + key);
            }
            sql.put(key, List.copyOf(expressions));
            if (defaultKey == null) {
                defaultKey = key;
            }
            return this;
        }

        /**
         * A column sorted by the caller in memory ({@link #comparing}): for a list assembled from
         * several modules' data, which no one module's SQL can order. {@link #orderBy} refuses it.
         */
        public Columns column(String key) {
            return put(key, List.of());
        }

        /** The sort when none (or an unknown one) is asked for. */
        public Columns byDefault(String key, String dir) {
            if (!sql.containsKey(key)) {
                throw new IllegalArgumentException("no such column: " + key);
            }
            defaultKey = key;
            defaultDescending = DESC.equals(dir);
            return this;
        }

        /** The sort asked for, if its column is one of these; otherwise the default. */
        public ListSort parse(String sort, String dir) {
            if (sort == null || !sql.containsKey(sort)) {
                return defaultSort();
            }
            boolean desc = DESC.equalsIgnoreCase(dir)
                    || (!ASC.equalsIgnoreCase(dir) && sort.equals(defaultKey) && defaultDescending);
            return new ListSort(this, sort, desc, "", 0);
        }

        public ListSort defaultSort() {
            return new ListSort(this, defaultKey, defaultDescending, "", 0);
        }
    }
}
