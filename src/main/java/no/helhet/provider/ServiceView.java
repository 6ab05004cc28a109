package no.helhet.provider;

import java.time.LocalDate;
import java.util.UUID;

/** A service as pages see it, with its provider's name. */
public record ServiceView(
        UUID id,
        UUID childId,
        UUID providerId,
        String providerName,
        String sectorCode,
        ServiceStatus status,
        String description,
        LocalDate startsOn,
        LocalDate endsOn) {

    /** Whether the service is over on a date. */
    public boolean endedOn(LocalDate date) {
        return endsOn != null && endsOn.isBefore(date);
    }
}
