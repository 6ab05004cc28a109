package no.helhet.plan;

import java.util.UUID;

/** The child already has a plan: one plan per child. */
public class PlanExistsException extends RuntimeException {

    private final UUID planId;

    PlanExistsException(UUID planId) {
        super("the child already has a plan");
        this.planId = planId;
    }

    public UUID planId() {
        return planId;
    }
}
