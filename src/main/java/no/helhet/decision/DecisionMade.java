package no.helhet.decision;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a decision is made, for later steps (statistics, complaints) to react to. */
public record DecisionMade(
        UUID decisionId, UUID requestId, UUID familyId, DecisionOutcome outcome, LocalDate decidedOn) {}
