package no.helhet.document;

/** How a letter reached the family. */
public enum DispatchChannel {
    POST,
    DIGITAL_MAILBOX,
    HANDED_OVER
}
