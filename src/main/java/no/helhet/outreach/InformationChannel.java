package no.helhet.outreach;

/** How the coordinating unit informed a family of the right. */
public enum InformationChannel {
    PHONE,
    MEETING,
    LETTER,
    DIGITAL_MAIL,
    EMAIL
}
