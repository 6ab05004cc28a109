package no.helhet.request;

/** Whether a request from the public form still waits for the coordinating unit. */
enum WebRequestStatus {
    NEW,
    HANDLED
}
