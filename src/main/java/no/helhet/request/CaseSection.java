package no.helhet.request;

import no.helhet.family.FamilyDetails;

/**
 * A part of the case page (one request and what followed it) contributed by a later step of the
 * chain: the assessment, the decision, the appointment.
 */
public interface CaseSection {

    /** Order on the page, low first. */
    int order();

    /** The Thymeleaf template holding a fragment named {@code section} that reads {@code sectionData}. */
    String template();

    /**
     * The data the fragment shows, given the family the page has already loaded (so that no section
     * loads it again); called after the access policy has granted the read.
     */
    Object data(RequestSummary request, FamilyDetails family);
}
