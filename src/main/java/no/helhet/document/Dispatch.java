package no.helhet.document;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter's dispatch as other modules see it: sent on a day by a channel, and the day it counts as
 * received (for post, {@code helhet.rules.post-received-after} later), from which a complaint
 * deadline runs.
 */
public record Dispatch(UUID documentId, LocalDate sentOn, DispatchChannel channel, LocalDate receivedOn) {}
