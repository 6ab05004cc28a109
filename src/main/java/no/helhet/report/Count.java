package no.helhet.report;

/**
 * A figure as a leader may see it (docs/suppression.md): shown, or hidden with the reason why. A
 * hidden figure's value never leaves this type except for the rules that decide it.
 *
 * @param value the true figure (a count, or a number of days)
 * @param suppressBelow the limit: counts from 1 up to it minus one are hidden
 * @param hiding why the figure is hidden, or {@link Hiding#NONE}
 */
public record Count(long value, int suppressBelow, Hiding hiding) {

    /** Why a figure is hidden. */
    public enum Hiding {
        /** Shown. */
        NONE,
        /** A count from 1 to the limit minus one: shown as "fewer than the limit". */
        SMALL,
        /** Hidden so that a small figure cannot be found by subtraction from a total or another filter. */
        PROTECTS_SMALL,
        /** A derived figure (a median, a percentile) counted over fewer than the limit. */
        TOO_FEW_BEHIND
    }

    /** A count, hidden when from 1 to the limit minus one. */
    public Count(long value, int suppressBelow) {
        this(value, suppressBelow, value > 0 && value < suppressBelow ? Hiding.SMALL : Hiding.NONE);
    }

    public boolean suppressed() {
        return hiding != Hiding.NONE;
    }

    /** The same figure, hidden to protect another (unless already hidden). */
    Count protecting() {
        return suppressed() ? this : new Count(value, suppressBelow, Hiding.PROTECTS_SMALL);
    }

    /** The message key (with the limit as argument) shown instead of a hidden figure. */
    public String hiddenKey() {
        return switch (hiding) {
            case NONE -> null;
            case SMALL -> "overview.fewerThan";
            case PROTECTS_SMALL -> "dashboard.hidden";
            case TOO_FEW_BEHIND -> "overview.tooFew";
        };
    }
}
