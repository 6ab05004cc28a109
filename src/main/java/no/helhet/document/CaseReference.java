package no.helhet.document;

import java.util.Locale;
import java.util.UUID;

/**
 * The reference printed on a letter ("Vår referanse"): the first eight characters of the case's
 * (request's) id, or of the family's id for a letter outside a case. Short enough to read out on
 * the phone; the case page shows it too.
 */
public final class CaseReference {

    private CaseReference() {}

    public static String of(UUID id) {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
