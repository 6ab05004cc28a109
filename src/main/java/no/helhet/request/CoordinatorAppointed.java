package no.helhet.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published by the appointment module when a coordinator is appointed on a granted request. It lives
 * in the request module for the same reason as {@link DecisionMade} (docs/adr/0008-events.md).
 */
public record CoordinatorAppointed(
        UUID appointmentId,
        UUID requestId,
        UUID familyId,
        UUID coordinatorId,
        UUID coordinatorUnitId,
        LocalDate startsOn) {}
