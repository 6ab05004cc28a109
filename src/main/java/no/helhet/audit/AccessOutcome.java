package no.helhet.audit;

/** Whether the access policy let the action through. */
public enum AccessOutcome {
    GRANTED,
    DENIED
}
