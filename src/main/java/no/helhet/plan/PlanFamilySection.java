package no.helhet.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's individual plans: per child the plan and where it stands, or a link to start one. */
@Component
class PlanFamilySection implements FamilySection {

    private final PlanService plans;
    private final AccessPolicy policy;

    PlanFamilySection(PlanService plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "plan/family-section";
    }

    @Override
    public String headingKey() {
        return "plan.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        Map<UUID, IndividualPlan> byChild =
                plans.forFamily(family.id()).stream().collect(Collectors.toMap(IndividualPlan::childId, p -> p));
        return new Data(byChild, plans.today(), policy.mayCoordinate(family.id()));
    }

    record Data(Map<UUID, IndividualPlan> plans, LocalDate today, boolean mayStart) {}
}
