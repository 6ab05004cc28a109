package no.helhet.complaint;

/** What a complaint concerns. */
public enum ComplaintSubject {
    DECISION,
    APPOINTMENT,
    /** The end of the right or of the coordinator. */
    END,
    /** The service as a whole (failure to fulfil the right). */
    SERVICE
}
