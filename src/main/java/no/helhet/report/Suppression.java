package no.helhet.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rule that no figure on the dashboard exposes a family (docs/suppression.md): small counts are
 * hidden, and so is whatever would let a hidden count be recovered by subtraction.
 */
final class Suppression {

    private final int limit;

    Suppression(int limit) {
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** One count: hidden when from 1 to the limit minus one. */
    Count count(long value) {
        return new Count(value, limit);
    }

    /**
     * A count under a filter (a unit, a sector) of a figure also shown for the whole municipality:
     * hidden when small, and also when the rest (whole minus part) is small, since the rest would
     * otherwise follow by subtraction.
     */
    Count filtered(long part, long whole) {
        Count c = count(part);
        return small(whole - part) ? c.protecting() : c;
    }

    /** A median or percentile of durations: hidden when counted over fewer than the limit. */
    Count derived(Integer value, long basis) {
        if (value == null) {
            return null;
        }
        return basis < limit
                ? new Count(value, limit, Count.Hiding.TOO_FEW_BEHIND)
                : new Count(value, limit, Count.Hiding.NONE);
    }

    /**
     * Parts of a total that is shown (or may be found elsewhere): each small part is hidden, and
     * while the hidden parts could be recovered (exactly one part hidden, or the hidden parts
     * summing to a small number), the smallest part still shown that is not zero is hidden too.
     */
    List<Count> group(List<Long> parts) {
        return group(parts, false);
    }

    /**
     * As {@link #group(List)}, for the parts of a total that is itself hidden: then at least one part
     * that is not zero is hidden too, or the shown parts would add up to the hidden total.
     */
    List<Count> group(List<Long> parts, boolean totalHidden) {
        List<Count> counts = new ArrayList<>(parts.stream().map(this::count).toList());
        boolean mustHideOne = totalHidden && counts.stream().noneMatch(Count::suppressed);
        while (mustHideOne || recoverable(counts)) {
            mustHideOne = false;
            var next = IntStream.range(0, counts.size())
                    .filter(i -> !counts.get(i).suppressed() && counts.get(i).value() > 0)
                    .boxed()
                    .min(Comparator.comparingLong(i -> counts.get(i).value()));
            if (next.isEmpty()) {
                break;
            }
            counts.set(next.get(), counts.get(next.get()).protecting());
        }
        return counts;
    }

    private boolean recoverable(List<Count> counts) {
        List<Count> hidden = counts.stream().filter(Count::suppressed).toList();
        long hiddenSum = hidden.stream().mapToLong(Count::value).sum();
        return hidden.size() == 1 || (hidden.size() > 1 && small(hiddenSum));
    }

    private boolean small(long value) {
        return value > 0 && value < limit;
    }
}
