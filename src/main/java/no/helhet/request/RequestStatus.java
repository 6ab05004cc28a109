package no.helhet.request;

import java.util.EnumSet;
import java.util.List;
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

    /** The names of the waiting statuses, for SQL: {@code status in (:waiting)}. */
    static List<String> waitingNames() {
        return WAITING.stream().map(Enum::name).toList();
    }

    public boolean waiting() {
        return WAITING.contains(this);
    }
}
