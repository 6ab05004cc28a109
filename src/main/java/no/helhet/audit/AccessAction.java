package no.helhet.audit;

/** What was done with a family's data. */
public enum AccessAction {
    VIEW,
    LIST,
    SEARCH,
    CHANGE,
    DOWNLOAD
}
