package no.helhet.family;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who coordinates a family now, by name: implemented by the module that appoints coordinators
 * ({@code appointment}, which depends on this one), so that the family module can show it beside
 * its own data (the search hits) without depending on it; the same inversion as {@link
 * TimelineSource}.
 */
public interface FamilyCoordinators {

    /**
     * The full names of the coordinators appointed for these families today, by family id; a family
     * without a coordinator is left out. Set-based: a fixed number of statements for any number of
     * families.
     */
    Map<UUID, List<String>> currentCoordinatorNames(Collection<UUID> familyIds);
}
