package no.helhet.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published by the decision module when a decision on a request is made. It lives in the request
 * module, at the root of the chain, so that the request (and any later module) may react to it
 * without a cycle: see docs/adr/0008-events.md.
 */
public record DecisionMade(UUID decisionId, UUID requestId, UUID familyId, boolean granted, LocalDate decidedOn) {}
