package no.helhet.family;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What a module tells about families at a glance: its item in the summary at the top of the family
 * page and, where it has one, its cell in each row of "Mine familier" (ADR 0018). The module that
 * owns the data answers for any number of families in one statement, so that neither page sends more
 * statements for more families or more data ({@code StatementCountTest}); the family module, and the
 * page that lists families, depend only on this interface.
 */
public interface FamilyGlance {

    /** Order in the summary, low first. */
    int order();

    /**
     * The Thymeleaf template holding a fragment named {@code summary} (a {@code div} with one
     * {@code dt} and its {@code dd}s, for the family page) and, when {@link #column()} is not
     * {@link Column#NONE}, a fragment named {@code cell} (for "Mine familier"). Both read
     * {@code glanceData} (this module's value for the family, or null when it has nothing to tell),
     * {@code glanceAnchor} ({@link #anchor()}) and {@code familyId}.
     */
    String template();

    /** The id of the family page's section that tells the whole; the summary links to it. */
    String anchor();

    /** Where "Mine familier" shows it. */
    default Column column() {
        return Column.NONE;
    }

    /** Whether the family page's summary shows it (else only "Mine familier"). */
    default boolean onFamilyPage() {
        return true;
    }

    /**
     * For each family that has something to tell, what it has (a family without anything is left
     * out). One statement whatever the number of families, plus at most one fixed look-up (such as
     * staff names). Called after the access policy has granted the read or the listing.
     */
    Map<UUID, ?> forFamilies(Collection<UUID> familyIds);

    /** The columns of "Mine familier" a glance may fill. */
    enum Column {
        /** Only on the family page. */
        NONE,
        /** The next meeting. */
        NEXT_MEETING,
        /** Open tasks and the earliest due date. */
        TASKS,
        /** Anything due: several glances share the column. */
        DUE
    }
}
