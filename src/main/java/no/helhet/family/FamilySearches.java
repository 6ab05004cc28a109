package no.helhet.family;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A caseworker's recent family searches, kept in the session under opaque random ids, so that a
 * result page has a URL that can be returned to without the query (perhaps a national id) in it. A
 * search is forgotten after {@link #LIFETIME}, when the session ends, or when more than {@link #KEPT}
 * newer searches have been made.
 */
final class FamilySearches implements Serializable {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int KEPT = 20;
    private static final String ATTRIBUTE = FamilySearches.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Search(String query, Instant at) implements Serializable {}

    private final Map<String, Search> searches = new LinkedHashMap<>();

    static FamilySearches in(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(ATTRIBUTE) instanceof FamilySearches s) {
                return s;
            }
            FamilySearches s = new FamilySearches();
            session.setAttribute(ATTRIBUTE, s);
            return s;
        }
    }

    /**
     * Keeps a query and returns its new opaque id. Sets the attribute again, so that a session store
     * outside the JVM (Spring Session JDBC) saves the change.
     */
    String remember(String query, Instant now, HttpSession session) {
        String id = remember(query, now);
        session.setAttribute(ATTRIBUTE, this);
        return id;
    }

    private synchronized String remember(String query, Instant now) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        searches.put(id, new Search(query, now));
        while (searches.size() > KEPT) {
            searches.remove(searches.keySet().iterator().next());
        }
        return id;
    }

    /** The query kept under an id, unless it is unknown or too old. */
    synchronized Optional<String> recall(String id, Instant now) {
        Search s = searches.get(id);
        if (s == null || s.at().plus(LIFETIME).isBefore(now)) {
            searches.remove(id);
            return Optional.empty();
        }
        return Optional.of(s.query());
    }
}
