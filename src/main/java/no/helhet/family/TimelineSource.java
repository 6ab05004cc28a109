package no.helhet.family;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The events one module keeps for a family's timeline. Each module that owns events implements it
 * with SQL over its own tables only; the chronology unions the selects, so a page of the timeline
 * costs two statements (count and page) however many modules contribute, plus at most one lookup
 * per source for names on that page.
 */
public interface TimelineSource {

    /**
     * One select per kind of event, each yielding {@code occurred_at, kind, child_id, detail,
     * recorded_by, registered_at, link} for the family bound as {@code :familyId}: when the thing
     * happened (a date-only fact such as a request's received date as noon Oslo time), who recorded
     * it (a username), when it was registered, and the application path of the page that shows it.
     */
    List<TimelineSelect> selects();

    /**
     * The text to show for details that this source selected as ids (e.g. a coordinator's name for
     * an appointment), by detail; details not in the map are shown as selected. At most one query.
     */
    default Map<String, String> detailTexts(String kind, Collection<String> details) {
        return Map.of();
    }

    /** One kind of event and the SQL that selects it. */
    record TimelineSelect(String kind, String sql) {}
}
