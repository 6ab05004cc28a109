package no.helhet.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.plan.EvaluationOutcome;
import no.helhet.plan.PlanSection;
import no.helhet.plan.PlanService;
import no.helhet.provider.ProviderRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Individual plans for the first families with a coordinator, one in each state: a draft, an
 * approved plan, one past its evaluation date, and one revised since its approval.
 */
@Component
class DemoPlans {

    private final AppointmentService appointments;
    private final FamilyService families;
    private final ConsentService consents;
    private final PlanService plans;
    private final ProviderRegister providers;
    private final TransactionTemplate transactions;

    DemoPlans(
            AppointmentService appointments,
            FamilyService families,
            ConsentService consents,
            PlanService plans,
            ProviderRegister providers,
            TransactionTemplate transactions) {
        this.appointments = appointments;
        this.families = families;
        this.consents = consents;
        this.plans = plans;
        this.providers = providers;
        this.transactions = transactions;
    }

    void generate(LocalDate today) {
        List<AppointmentView> active = appointments.activeOn(today).stream()
                .collect(Collectors.toMap(AppointmentView::familyId, a -> a, (a, b) -> a))
                .values()
                .stream()
                .sorted(java.util.Comparator.comparing(AppointmentView::familyId))
                .limit(4)
                .toList();
        for (int i = 0; i < active.size(); i++) {
            int state = i;
            AppointmentView a = active.get(i);
            transactions.executeWithoutResult(s -> plan(a, state, today));
        }
    }

    private void plan(AppointmentView appointment, int state, LocalDate today) {
        FamilyDetails family = families.getFamily(appointment.familyId());
        UUID childId = family.children().get(0).id();
        if (plans.findForChild(childId).isPresent()) {
            return;
        }
        Map<String, UUID> byName =
                providers.allProviders().stream().collect(Collectors.toMap(p -> p.name(), p -> p.id(), (x, y) -> x));
        UUID school = byName.get("Solbakken skole");
        UUID physio = byName.get("Fysio- og ergoterapitjenesten");
        consents.recordConsent(
                family.id(),
                new ConsentRules.NewConsent(
                        childId,
                        ConsentGiver.GUARDIANS,
                        family.guardians().stream()
                                .filter(g -> g.parentalResponsibility())
                                .map(g -> g.id())
                                .collect(Collectors.toSet()),
                        Set.of(school, physio),
                        EnumSet.of(InformationKind.INDIVIDUAL_PLAN, InformationKind.HEALTH, InformationKind.SCHOOL),
                        ConsentForm.WRITTEN,
                        today.minusMonths(4),
                        today.plusMonths(8)));
        UUID planId = plans.startPlan(family.id(), childId, appointment.coordinatorId());
        plans.writeSection(
                planId,
                PlanSection.OWN_GOALS,
                "Vi vil at hverdagen skal henge sammen, og at " + "barnet skal ha venner på skolen.",
                null);
        plans.writeSection(
                planId, PlanSection.RESOURCES, "Nær familie, glad i musikk, god støtte fra besteforeldre.", null);
        plans.writeSection(planId, PlanSection.NEEDS, "Tilrettelegging i skolen, fysioterapi, avlastning.", null);
        plans.writeSection(
                planId,
                PlanSection.CHILD_VIEWS,
                "Jeg vil være med i friminuttene og spille fotball.",
                today.minusMonths(3),
                null);
        plans.writeSection(planId, PlanSection.CHILD_VIEWS_HOW, "Samtale hjemme, med tegninger.", null);
        plans.writeSection(planId, PlanSection.CHILD_VIEWS_BY, "Koordinatoren", null);
        plans.writeSection(planId, PlanSection.COOPERATION, "Skolen og fysioterapeuten møtes hver måned.", null);
        plans.addParticipant(planId, "Kontaktlærer", school, "Lærer", "Tilrettelegger i klassen");
        UUID goal = plans.addGoal(planId, "Være med i friminuttene hver dag");
        UUID measure = plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal,
                        "Fysioterapi på skolen",
                        "To timer i uken",
                        "I gymsalen",
                        physio,
                        "Fysioterapeut",
                        null,
                        today.minusMonths(3),
                        today.plusMonths(9)));
        plans.addMeasure(
                planId,
                new PlanService.NewMeasure(
                        goal,
                        "Assistent i friminuttene",
                        "Alle storefriminutt",
                        "Assistenten er med ute og hjelper i lek",
                        school,
                        "Kontaktlærer",
                        null,
                        today.minusMonths(3),
                        today.plusMonths(9)));
        plans.addGoal(planId, "Sove hele natten");
        var plan = plans.getPlan(planId);
        LocalDate next = state == 2 ? today.minusDays(10) : today.plusMonths(3);
        plans.setFrame(
                planId,
                new PlanService.Frame(
                        plan.leadStaffId(), today.minusMonths(3), today.plusMonths(9), next, today.plusMonths(9)),
                plan.version());
        if (state == 0) {
            return; // a draft
        }
        plans.approve(planId, plans.getPlan(planId).version());
        plans.evaluate(
                planId,
                new PlanService.Evaluation(
                        null,
                        measure,
                        today.minusDays(20),
                        EvaluationOutcome.IN_PROGRESS,
                        "Går bedre, trenger mer tid.",
                        "Mor, fysioterapeut, koordinator",
                        null));
        if (state == 3) {
            plans.addGoal(planId, "Delta i korps");
            plans.writeSection(
                    planId,
                    PlanSection.NEEDS,
                    "Tilrettelegging i skolen, fysioterapi, avlastning " + "annenhver helg.",
                    plans.content(planId).textVersion(PlanSection.NEEDS));
        }
    }
}
