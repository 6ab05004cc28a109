package no.helhet.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceView;
import no.helhet.shared.RulesProperties;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the plan page's model: the plan, the child, who coordinates, the consents, the choices and the empty forms. */
@Component
class PlanPage {

    private final PlanService plans;
    private final FamilyService families;
    private final AppointmentService appointments;
    private final PlanChoices choices;
    private final RulesProperties rules;

    PlanPage(
            PlanService plans,
            FamilyService families,
            AppointmentService appointments,
            PlanChoices choices,
            RulesProperties rules) {
        this.plans = plans;
        this.families = families;
        this.appointments = appointments;
        this.choices = choices;
        this.rules = rules;
    }

    String show(UUID planId, Model model) {
        PlanContent content = plans.content(planId);
        IndividualPlan plan = content.plan();
        FamilyDetails family = families.getFamily(plan.familyId());
        ChildSummary child = family.children().stream()
                .filter(c -> c.id().equals(plan.childId()))
                .findFirst()
                .orElseThrow();
        LocalDate today = plans.today();
        Optional<Integer> age = child.ageOn(today);
        model.addAttribute("plan", plan);
        model.addAttribute("planContent", content);
        model.addAttribute("zone", plans.zone());
        model.addAttribute("family", family);
        model.addAttribute("child", child);
        model.addAttribute("today", today);
        model.addAttribute("overdue", plan.evaluationOverdueOn(today));
        model.addAttribute("childAge", age.orElse(null));
        model.addAttribute("heardFromAge", rules.childHeardFromAge());
        model.addAttribute("greatWeightFromAge", rules.childGreatWeightFromAge());
        model.addAttribute(
                "childViewsMissing",
                age.map(a -> a >= rules.childHeardFromAge()).orElse(false)
                        && content.text(PlanSection.CHILD_VIEWS).isBlank());
        model.addAttribute("consents", plans.coveringConsents(plan.familyId(), plan.childId()));
        List<UUID> coordinators = appointments.forFamily(plan.familyId()).stream()
                .filter(a -> a.activeOn(today))
                .map(AppointmentView::coordinatorId)
                .toList();
        model.addAttribute("coordinators", coordinators);
        choices.fill(model, plan, content, coordinators);
        addIfAbsent(model, "frameForm", () -> FramePages.formOf(plan));
        addIfAbsent(model, "participantForm", ParticipantForm::new);
        addIfAbsent(model, "goalForm", GoalForm::new);
        addIfAbsent(model, "measureForm", MeasureForm::new);
        addIfAbsent(model, "evaluationForm", () -> {
            EvaluationForm f = new EvaluationForm();
            f.setEvaluatedOn(today);
            return f;
        });
        model.addAttribute("ownSections", List.of(PlanSection.OWN_GOALS, PlanSection.RESOURCES, PlanSection.NEEDS));
        model.addAttribute(
                "voiceSections",
                List.of(PlanSection.CHILD_VIEWS, PlanSection.CHILD_VIEWS_HOW, PlanSection.CHILD_VIEWS_BY));
        model.addAttribute(
                "contributionSections",
                List.of(
                        PlanSection.CHILD_CONTRIBUTION,
                        PlanSection.FAMILY_CONTRIBUTION,
                        PlanSection.RELATIVES_CONTRIBUTION));
        model.addAttribute("cooperationSection", PlanSection.COOPERATION);
        model.addAttribute("outcomes", EvaluationOutcome.values());
        model.addAttribute("statuses", MeasureStatus.values());
        return "plan/page";
    }

    private static void addIfAbsent(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }

    /** The choices on the page's forms, and the names of staff and providers shown. */
    @Component
    static class PlanChoices {

        private final StaffDirectory staff;
        private final ProviderRegister providers;
        private final ServicePicture services;

        PlanChoices(StaffDirectory staff, ProviderRegister providers, ServicePicture services) {
            this.staff = staff;
            this.providers = providers;
            this.services = services;
        }

        /**
         * The choices are the family's own, not the registers': who leads is one of the family's
         * coordinators (or the lead already chosen), and the providers are those the family has
         * services from or that already take part in the plan. (At the national size the registers
         * hold 2,000 staff and 5,000 providers; a page listing them all took seconds to render.)
         */
        void fill(Model model, IndividualPlan plan, PlanContent content, List<UUID> coordinators) {
            java.util.Set<UUID> staffIds = new java.util.HashSet<>(coordinators);
            if (plan.leadStaffId() != null) {
                staffIds.add(plan.leadStaffId());
            }
            Map<UUID, StaffSummary> staffNames = staff.staffByIds(staffIds);
            model.addAttribute(
                    "staffOptions",
                    SelectOption.of(
                            staffNames.values().stream()
                                    .sorted(java.util.Comparator.comparing(StaffSummary::fullName))
                                    .toList(),
                            StaffSummary::id,
                            s -> s.fullName() + " (" + s.unitName() + ")"));
            Map<UUID, List<ServiceView>> familyServices = services.byChild(plan.familyId());
            java.util.Set<UUID> providerIds = new java.util.HashSet<>();
            familyServices.values().forEach(list -> list.forEach(s -> providerIds.add(s.providerId())));
            content.measures().forEach(m -> providerIds.add(m.serviceProviderId()));
            content.participants().forEach(p -> providerIds.add(p.serviceProviderId()));
            providerIds.remove(null);
            model.addAttribute("providerNames", providers.providerNames(providerIds));
            model.addAttribute("providerOptions", providers.providerOptions(providerIds));
            List<ServiceView> childServices = familyServices.getOrDefault(plan.childId(), List.of());
            model.addAttribute(
                    "serviceOptions",
                    SelectOption.of(childServices, ServiceView::id, s -> s.providerName() + ": " + s.description()));
            model.addAttribute("goalOptions", SelectOption.of(content.goals(), PlanGoal::id, PlanGoal::text));
            model.addAttribute(
                    "measureOptions", SelectOption.of(content.measures(), PlanMeasure::id, PlanMeasure::description));
            model.addAttribute("staffNames", staffNames);
        }
    }
}
