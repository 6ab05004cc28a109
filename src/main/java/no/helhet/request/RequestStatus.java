package no.helhet.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in the chain from request to appointment. */
public enum RequestStatus {
    RECEIVED,
    UNDER_ASSESSMENT,
    GRANTED,
    REFUSED,
    APPOINTED;

    /** Statuses in which the family is still waiting for the municipality. */
    public static final Set<RequestStatus> WAITING = EnumSet.of(RECEIVED, UNDER_ASSESSMENT, GRANTED);

    public boolean waiting() {
        return WAITING.contains(this);
    }
}
