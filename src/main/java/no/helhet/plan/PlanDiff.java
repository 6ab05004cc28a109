package no.helhet.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What differs between two states of a plan, item by item: added, removed or edited. */
public final class PlanDiff {

    private PlanDiff() {}

    /** How an item differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        EDITED
    }

    /**
     * One difference. {@code label} is a message key for sections ({@code labelIsKey}), else the
     * goal's, measure's or participant's own text.
     */
    public record Change(String itemKey, Kind kind, String label, boolean labelIsKey, String before, String after) {}

    /** An item of a plan's content: its heading and its text. */
    public record Item(String label, String content) {}

    /** The changes from {@code before} to {@code after}, in the order of {@code after}, then the removed. */
    public static List<Change> between(Map<String, Item> before, Map<String, Item> after) {
        List<Change> changes = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            Item was = before.get(key);
            Item now = after.get(key);
            boolean section = key.startsWith("section.");
            if (was == null && now != null && !blank(now.content())) {
                changes.add(new Change(key, Kind.ADDED, now.label(), section, null, now.content()));
            } else if (now == null && was != null && !blank(was.content())) {
                changes.add(new Change(key, Kind.REMOVED, was.label(), section, was.content(), null));
            } else if (was != null && now != null && !Objects.equals(norm(was.content()), norm(now.content()))) {
                Kind kind = blank(was.content()) ? Kind.ADDED : blank(now.content()) ? Kind.REMOVED : Kind.EDITED;
                changes.add(new Change(key, kind, now.label(), section, was.content(), now.content()));
            }
        }
        return changes;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String norm(String s) {
        return blank(s) ? "" : s.strip();
    }
}
