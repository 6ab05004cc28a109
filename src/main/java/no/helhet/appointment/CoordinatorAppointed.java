package no.helhet.appointment;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a coordinator is appointed, for later steps (tasks, statistics) to react to. */
public record CoordinatorAppointed(
        UUID appointmentId, UUID familyId, UUID coordinatorId, CoordinatorKind kind, LocalDate startsOn) {}
