package no.helhet.plan;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a plan's measure, for handlers that declare {@code measureId}. */
@Component
class MeasureFamilyLocator implements FamilyLocator {

    private final PlanMeasureRepository measures;
    private final IndividualPlanRepository plans;

    MeasureFamilyLocator(PlanMeasureRepository measures, IndividualPlanRepository plans) {
        this.measures = measures;
        this.plans = plans;
    }

    @Override
    public String idName() {
        return "measureId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return measures.findById(id).flatMap(m -> plans.findById(m.planId())).map(IndividualPlan::familyId);
    }
}
