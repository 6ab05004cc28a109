package no.helhet.plan;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a plan, for handlers that declare {@code planId}. */
@Component
class PlanFamilyLocator implements FamilyLocator {

    private final IndividualPlanRepository plans;

    PlanFamilyLocator(IndividualPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public String idName() {
        return "planId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return plans.findById(id).map(IndividualPlan::familyId);
    }
}
