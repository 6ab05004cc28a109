package no.helhet.staff;

import java.util.Locale;

/**
 * A welfare sector (kept as data in table {@code sector}, one row a sector of the 14 laws).
 *
 * @param healthAndCare whether the sector gives health-and-care services (hol.), which matters for
 *     the third condition of the right
 */
public record Sector(String code, String nameNb, String nameNn, String nameEn, boolean healthAndCare) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> nameNn;
            case "en" -> nameEn;
            default -> nameNb;
        };
    }
}
