package no.helhet.request;

/**
 * A part of the case page (one request and what followed it) contributed by a later step of the
 * chain: the assessment, the decision, the appointment.
 */
public interface CaseSection {

    /** Order on the page, low first. */
    int order();

    /** The Thymeleaf template holding a fragment named {@code section} that reads {@code sectionData}. */
    String template();

    /** The data the fragment shows; called after the access policy has granted the read. */
    Object data(RequestSummary request);
}
