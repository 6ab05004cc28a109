package no.helhet.report;

/**
 * A figure as a leader may see it (docs/suppression.md): shown, or hidden with the reason why. A
 * hidden figure's value never leaves this type except for the rules that decide it.
 *
 * @param value the true figure (a count, or a number of days)
 * @param suppressBelow the limit: counts from 1 up to it minus one are hidden
 * @param hiding why the figure is hidden, or {@link Hiding#NONE}
 * @param scale decimals of the figure: the value is in units of 10^-scale (0 for a whole number)
 */
public record Count(long value, int suppressBelow, Hiding hiding, int scale) {

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

    /** A whole number, shown or hidden for the reason given. */
    public Count(long value, int suppressBelow, Hiding hiding) {
        this(value, suppressBelow, hiding, 0);
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
        return suppressed() ? this : new Count(value, suppressBelow, Hiding.PROTECTS_SMALL, scale);
    }

    /** The figure as a number: a whole number, or with {@link #scale()} decimals. */
    public Number number() {
        return scale == 0 ? Long.valueOf(value) : java.math.BigDecimal.valueOf(value, scale);
    }

    /** The figure as written in the language (a decimal comma in Norwegian); hidden figures aside. */
    public String text(java.util.Locale locale) {
        if (scale == 0) {
            return Long.toString(value);
        }
        String plain = java.math.BigDecimal.valueOf(value, scale).toPlainString();
        return java.util.Set.of("nb", "nn", "no").contains(locale.getLanguage()) ? plain.replace('.', ',') : plain;
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
