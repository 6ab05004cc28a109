package no.helhet.family;

/**
 * A part of the family page contributed by another module (requests, decisions, the coordinator),
 * so that the family page shows everything without the family module depending on them.
 */
public interface FamilySection {

    /**
     * Order on the page, low first, after the family's own children, guardians and contact: the order
     * the work needs (README): requests 10, coordinator 20, services 30, plan 40, meetings 50, tasks
     * 55, consents 60, cooperation 70, complaints 80, case notes 85, letters 90.
     */
    int order();

    /** The Thymeleaf template holding a fragment named {@code section} that reads {@code sectionData}. */
    String template();

    /**
     * The message key of the section's heading, for the family page's in-page navigation; the
     * fragment's heading carries the id {@link #anchor()} (given to it as {@code sectionAnchor}).
     */
    String headingKey();

    /** The id of the section's heading on the family page. */
    default String anchor() {
        return "section-" + template().substring(0, template().indexOf('/'));
    }

    /**
     * The data the fragment shows, given the family the page has already loaded (so that no section
     * loads it again). Called after the access policy has granted the read. Loads its data in a
     * fixed number of statements, whatever the family's size ({@code StatementCountTest}).
     */
    Object data(FamilyDetails family);
}
