package no.helhet.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.FamilyAccessGrants;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import no.helhet.consent.InformationKind;
import no.helhet.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's part in a child's individual plan (forskrift § 19: the providers take part): the
 * provider contact of a provider responsible for a measure sees the plan's goals and its own
 * measures with their evaluations, changes those measures' status and adds evaluation notes —
 * only while an active consent covering the provider includes {@link InformationKind#INDIVIDUAL_PLAN}
 * for the child. Anything else is not found.
 */
@Service
public class ProviderPlans implements FamilyAccessGrants {

    private final IndividualPlanRepository plans;
    private final PlanMeasureRepository measures;
    private final PlanService service;
    private final ConsentService consents;

    ProviderPlans(
            IndividualPlanRepository plans,
            PlanMeasureRepository measures,
            PlanService service,
            ConsentService consents) {
        this.plans = plans;
        this.measures = measures;
        this.service = service;
        this.consents = consents;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean providerMayReadPlan(UUID providerId, UUID familyId) {
        return !plansFor(familyId, providerId).isEmpty();
    }

    /** The plans of the family the provider takes part in now, by child. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> plansFor(UUID familyId, UUID providerId) {
        Set<UUID> covered = coveredChildren(familyId, providerId);
        if (covered.isEmpty()) {
            return Map.of();
        }
        return plans.findByFamilyId(familyId).stream()
                .filter(p -> covered.contains(p.childId())
                        && measures.existsByPlanIdAndServiceProviderId(p.id(), providerId))
                .collect(Collectors.toMap(IndividualPlan::childId, IndividualPlan::id));
    }

    /** What the provider sees of the plan: its goals and the provider's own measures with their evaluations. */
    @Transactional(readOnly = true)
    public ProviderPlanView view(UUID planId, UUID providerId) {
        IndividualPlan plan = service.getPlan(planId);
        if (!plansFor(plan.familyId(), providerId).containsValue(planId)) {
            throw new NotFoundException("plan");
        }
        PlanContent content = service.content(planId);
        List<PlanMeasure> mine = content.measures().stream()
                .filter(m -> providerId.equals(m.serviceProviderId()))
                .toList();
        Set<UUID> mineIds = mine.stream().map(PlanMeasure::id).collect(Collectors.toSet());
        List<PlanEvaluation> evaluations = content.evaluations().stream()
                .filter(e -> e.measureId() != null && mineIds.contains(e.measureId()))
                .toList();
        return new ProviderPlanView(plan, content.goals(), mine, evaluations);
    }

    /** The plan a measure the provider is responsible for belongs to; not found for any other measure. */
    @Transactional(readOnly = true)
    public UUID planOfMeasure(UUID measureId, UUID providerId) {
        PlanMeasure m = measures.findById(measureId)
                .filter(x -> providerId.equals(x.serviceProviderId()))
                .orElseThrow(() -> new NotFoundException("measure"));
        IndividualPlan plan = service.getPlan(m.planId());
        if (!coveredChildren(plan.familyId(), providerId).contains(plan.childId())) {
            throw new NotFoundException("measure");
        }
        return plan.id();
    }

    /** Changes the status of a measure the provider is responsible for. */
    @Transactional
    public void setMeasureStatus(UUID measureId, UUID providerId, MeasureStatus status, int seenVersion) {
        service.setMeasureStatus(planOfMeasure(measureId, providerId), measureId, status, seenVersion);
    }

    /** Adds a dated evaluation note to a measure the provider is responsible for. */
    @Transactional
    public UUID evaluateMeasure(
            UUID measureId,
            UUID providerId,
            LocalDate evaluatedOn,
            EvaluationOutcome outcome,
            String comment,
            String participants) {
        return service.evaluate(
                planOfMeasure(measureId, providerId),
                new PlanService.Evaluation(null, measureId, evaluatedOn, outcome, comment, participants, null));
    }

    public LocalDate today() {
        return service.today();
    }

    private Set<UUID> coveredChildren(UUID familyId, UUID providerId) {
        return consents.activeFor(familyId, providerId).stream()
                .filter(c -> c.information().contains(InformationKind.INDIVIDUAL_PLAN))
                .map(ConsentView::childId)
                .collect(Collectors.toSet());
    }
}
