package no.helhet.appointment;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.OwnWorkAccess;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.FamilyGlance;
import no.helhet.family.FamilyService;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.RulesProperties;
import no.helhet.shared.SelectOption;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appointing a coordinator, and the coordinator's own list of families. */
@Controller
class AppointmentController {

    private final AppointmentService appointments;
    private final DecisionService decisions;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final AccessPolicy policy;
    private final RulesProperties rules;
    private final List<FamilyGlance> glances;

    AppointmentController(
            AppointmentService appointments,
            DecisionService decisions,
            FamilyService families,
            StaffDirectory staff,
            AccessPolicy policy,
            RulesProperties rules,
            List<FamilyGlance> glances) {
        this.glances = glances.stream()
                .filter(g -> g.column() != FamilyGlance.Column.NONE)
                .sorted(java.util.Comparator.comparingInt(FamilyGlance::order))
                .toList();
        this.appointments = appointments;
        this.decisions = decisions;
        this.families = families;
        this.staff = staff;
        this.policy = policy;
        this.rules = rules;
    }

    @ModelAttribute("notHeardReasons")
    ChildNotHeardReason[] notHeardReasons() {
        return ChildNotHeardReason.values();
    }

    @ModelAttribute("consentGivers")
    AppointmentConsentGiver[] consentGivers() {
        return AppointmentConsentGiver.values();
    }

    @ModelAttribute("familyWishes")
    FamilyWish[] familyWishes() {
        return FamilyWish.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "decisionId", action = AccessAction.VIEW, what = "appointment.new")
    @GetMapping("/decisions/{decisionId}/appointments/new")
    String newAppointment(@PathVariable UUID decisionId, Model model) {
        DecisionView decision = decisions.getDecision(decisionId);
        AppointmentForm form = new AppointmentForm();
        form.setFamilyWish(FamilyWish.NONE);
        model.addAttribute("appointmentForm", form);
        return page(decision, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.CHANGE,
            what = "appointment.appoint")
    @OneTimeForm
    @PostMapping("/decisions/{decisionId}/appointments")
    String appoint(
            @PathVariable UUID decisionId,
            @Valid @ModelAttribute AppointmentForm appointmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DecisionView decision = decisions.getDecision(decisionId);
        if (appointmentForm.getFamilyWish() == FamilyWish.PERSON
                && !appointmentForm.wishedPerson().given()) {
            errors.rejectValue("wishedPersonName", "appointment.wishedPerson.required");
        }
        if (appointmentForm.getFamilyWish() == FamilyWish.UNIT && appointmentForm.getWishedUnitId() == null) {
            errors.rejectValue("wishedUnitId", "appointment.wishedUnit.required");
        }
        AppointmentDraft draft = new AppointmentDraft(
                appointmentForm.getCoordinatorId(),
                appointmentForm.getFamilyWish(),
                appointmentForm.wishedPerson(),
                appointmentForm.getWishedUnitId(),
                appointmentForm.childVoice(),
                appointmentForm.getReasonWishNotFollowed(),
                appointmentForm.consent(),
                appointmentForm.delegation(),
                errors.hasFieldErrors("hoursPerMonth") ? null : appointmentForm.hoursPerMonthValue());
        appointments.problems(decision, draft).stream()
                .filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), null));
        if (!errors.hasFieldErrors("hoursPerMonth")
                && appointmentForm.hoursPerMonthValue() != null
                && appointmentForm.hoursPerMonthValue().compareTo(java.math.BigDecimal.valueOf(200)) > 0) {
            errors.rejectValue("hoursPerMonth", "appointment.hoursPerMonth.tooMany");
        }
        if (errors.hasErrors()) {
            return page(decision, model);
        }
        try {
            appointments.appointCoordinator(decisionId, draft);
        } catch (AppointmentRefusedException e) {
            if (e.field() == null) {
                errors.reject(e.messageKey());
            } else {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
            }
            return page(decision, model);
        }
        redirect.addFlashAttribute("saved", "appointment.made");
        return "redirect:/requests/" + decision.requestId();
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.CHANGE,
            what = "appointment.link-wished-person")
    @PostMapping("/decisions/{decisionId}/appointments/wished-person-account")
    String linkWishedPerson(
            @PathVariable UUID decisionId,
            @RequestParam(required = false) String appointmentId,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String staffId) {
        DecisionView decision = decisions.getDecision(decisionId);
        String caseUrl = "redirect:/requests/" + decision.requestId();
        Optional<UUID> appointment = uuid(appointmentId)
                .filter(id -> appointments.forRequest(decision.requestId()).stream()
                        .anyMatch(a -> a.id().equals(id) && a.decisionId().equals(decisionId)));
        Optional<UUID> account = uuid(staffId);
        if (appointment.isEmpty() || account.isEmpty() || version == null || !version.matches("\\d{1,9}")) {
            return caseUrl + "?accountMissing#appointment-section";
        }
        try {
            appointments.linkWishedPerson(appointment.get(), Integer.parseInt(version), account.get());
        } catch (OptimisticLockingFailureException | AppointmentRefusedException e) {
            return caseUrl + "?conflict#appointment-section";
        }
        return caseUrl + "?accountLinked#appointment-section";
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @OwnWorkAccess("the families appointed to the current coordinator, recorded as listed")
    @GetMapping("/my-families")
    String myFamilies(Model model) {
        List<AppointmentView> mine = appointments.activeFor(CurrentStaff.get().id());
        Set<UUID> familyIds = new java.util.HashSet<>();
        mine.forEach(a -> familyIds.add(a.familyId()));
        policy.recordListed(familyIds, AccessAction.LIST, "my-families");
        model.addAttribute("appointments", mine);
        model.addAttribute("names", families.displayNames(familyIds));
        // Each column's glances answer for all the families at once: one statement per kind, whatever their number.
        List<GlanceData> all = glances.stream()
                .map(g -> new GlanceData(g.column(), g.template(), g.anchor(), g.forFamilies(familyIds)))
                .toList();
        model.addAttribute(
                "columns",
                new Columns(
                        inColumn(all, FamilyGlance.Column.NEXT_MEETING),
                        inColumn(all, FamilyGlance.Column.TASKS),
                        inColumn(all, FamilyGlance.Column.DUE)));
        Set<UUID> withDue = new java.util.HashSet<>();
        inColumn(all, FamilyGlance.Column.DUE)
                .forEach(g -> withDue.addAll(g.data().keySet()));
        model.addAttribute("withDue", withDue);
        return "appointment/my-families";
    }

    private static List<GlanceData> inColumn(List<GlanceData> all, FamilyGlance.Column column) {
        return all.stream().filter(g -> g.column() == column).toList();
    }

    /** A glance's answer for the listed families. */
    record GlanceData(FamilyGlance.Column column, String template, String anchor, Map<UUID, ?> data) {}

    /** The glances of "Mine familier"'s columns, each in its order. */
    record Columns(List<GlanceData> nextMeeting, List<GlanceData> tasks, List<GlanceData> due) {}

    private String page(DecisionView decision, Model model) {
        Map<UUID, Long> counts = appointments.activeFamilyCounts();
        model.addAttribute("decision", decision);
        model.addAttribute(
                "familyName", families.displayNames(Set.of(decision.familyId())).get(decision.familyId()));
        List<StaffSummary> candidates = staff.coordinatorCandidates();
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "candidateOptions",
                SelectOption.of(candidates, StaffSummary::id, c -> c.fullName() + " (" + c.unitName() + ")"));
        model.addAttribute("counts", counts);
        Optional<Integer> age = appointments.childAge(decision.childId());
        model.addAttribute("childAge", age.orElse(null));
        model.addAttribute("childHeard", ChildVoice.mustBeHeard(age, rules));
        model.addAttribute("childGreatWeight", ChildVoice.greatWeight(age, rules));
        model.addAttribute("rules", rules);
        model.addAttribute("unitOptions", SelectOption.of(staff.units(), UnitSummary::id, UnitSummary::name));
        model.addAttribute("otherKind", appointments.otherKindCurrent(decision));
        model.addAttribute(
                "alreadyAppointed",
                !appointments.forRequest(decision.requestId()).isEmpty());
        return "appointment/new";
    }
}
