package no.helhet.report;

/**
 * A count as a leader may see it: exact when zero or at least the suppression limit, otherwise
 * only "fewer than the limit", so that no single family can be singled out.
 */
public record Count(long value, int suppressBelow) {

    public boolean suppressed() {
        return value > 0 && value < suppressBelow;
    }
}
