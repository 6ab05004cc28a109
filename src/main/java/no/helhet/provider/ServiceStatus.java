package no.helhet.provider;

/** Where a service stands for the child: received, applied for, or needed but not given (unmet need). */
public enum ServiceStatus {
    RECEIVED,
    APPLIED,
    UNMET_NEED
}
