package no.helhet.complaint;

/** What can be complained about (LAW.md §2 item 11). */
public enum ComplaintKind {
    REFUSAL,
    CHANGE_OR_END,
    FAILURE_TO_FULFIL
}
