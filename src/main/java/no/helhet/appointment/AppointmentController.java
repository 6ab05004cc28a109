package no.helhet.appointment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
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
import no.helhet.document.LetterPreview;
import no.helhet.family.FamilyGlance;
import no.helhet.family.FamilyService;
import no.helhet.shared.FormDraft;
import no.helhet.shared.OneTimeForm;
import no.helhet.staff.CurrentStaff;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appointing a coordinator, and the coordinator's own list of families. */
@Controller
class AppointmentController {

    private final AppointmentService appointments;
    private final DecisionService decisions;
    private final FamilyService families;
    private final AccessPolicy policy;
    private final MyFamiliesList myFamilies;
    private final int pageSize;
    private final AppointmentDrafts drafts;

    /** The answer to htmx: the draft's saved state only. */
    private static final String DRAFT_STATE = "fragments/draft :: state";

    private final AppointmentFormPage formPage;
    private final SpringValidatorAdapter validator;
    private final List<FamilyGlance> glances;

    AppointmentController(
            AppointmentService appointments,
            DecisionService decisions,
            FamilyService families,
            AccessPolicy policy,
            MyFamiliesList myFamilies,
            @org.springframework.beans.factory.annotation.Value("${helhet.page-size}") int pageSize,
            AppointmentDrafts drafts,
            AppointmentFormPage formPage,
            jakarta.validation.Validator validator,
            List<FamilyGlance> glances) {
        this.glances = glances.stream()
                .filter(g -> g.column() != FamilyGlance.Column.NONE)
                .sorted(java.util.Comparator.comparingInt(FamilyGlance::order))
                .toList();
        this.myFamilies = myFamilies;
        this.pageSize = pageSize;
        this.drafts = drafts;
        this.appointments = appointments;
        this.decisions = decisions;
        this.families = families;
        this.policy = policy;
        this.formPage = formPage;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "decisionId", action = AccessAction.VIEW, what = "appointment.new")
    @GetMapping("/decisions/{decisionId}/appointments/new")
    String newAppointment(@PathVariable UUID decisionId, Model model) {
        DecisionView decision = decisions.getDecision(decisionId);
        AppointmentForm form = new AppointmentForm();
        form.setFamilyWish(FamilyWish.NONE);
        drafts.find(decisionId, CurrentStaff.username()).ifPresent(saved -> {
            saved.draft().restoreInto(form);
            model.addAttribute("draftSaved", saved.savedAt());
        });
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
        AppointmentDraft draft = checkedDraft(decision, appointmentForm, errors);
        if (errors.hasErrors()) {
            return page(decision, model);
        }
        try {
            appointments.appointCoordinator(decisionId, draft);
        } catch (AppointmentRefusedException e) {
            AppointmentFormPage.reject(errors, e);
            return page(decision, model);
        }
        drafts.delete(decisionId, CurrentStaff.username());
        redirect.addFlashAttribute("saved", "appointment.made");
        return "redirect:/requests/" + decision.requestId();
    }

    /**
     * Saves the user's draft of the appointment when a field is left (htmx, ADR 0013): whatever is
     * typed, complete or not, within the input bounds; answers with the draft's saved state only.
     */
    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.CHANGE,
            what = "appointment.draft")
    @PostMapping("/decisions/{decisionId}/appointments/draft")
    String saveDraft(@PathVariable UUID decisionId, HttpServletRequest request, Model model) {
        DecisionView decision = decisions.getDecision(decisionId);
        Optional<FormDraft> draft = FormDraft.of(request.getParameterMap(), AppointmentForm::new);
        if (draft.isEmpty()) {
            model.addAttribute("draftError", "draft.invalid");
            return DRAFT_STATE;
        }
        model.addAttribute(
                "draftSaved", drafts.save(decisionId, decision.familyId(), CurrentStaff.username(), draft.get()));
        return DRAFT_STATE;
    }

    /**
     * The appointment letter from the form's input as it is, as a PDF marked as a draft, nothing
     * stored (issue 8 item 3); input the appointment would refuse shows the form with its errors.
     */
    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.VIEW,
            what = "appointment.preview")
    @PostMapping("/decisions/{decisionId}/appointments/preview")
    ModelAndView preview(
            @PathVariable UUID decisionId,
            @ModelAttribute AppointmentForm appointmentForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response)
            throws IOException {
        DecisionView decision = decisions.getDecision(decisionId);
        boolean confirmed = appointmentForm.isConfirmed();
        // A preview comes before the confirmation: validated as if confirmed, the box left as it was.
        appointmentForm.setConfirmed(true);
        validator.validate(appointmentForm, errors);
        appointmentForm.setConfirmed(confirmed);
        AppointmentDraft draft = checkedDraft(decision, appointmentForm, errors);
        if (!errors.hasErrors()) {
            try {
                LetterPreview.write(response, appointments.previewLetter(decisionId, draft));
                return null;
            } catch (AppointmentRefusedException e) {
                AppointmentFormPage.reject(errors, e);
            }
        }
        return new ModelAndView(page(decision, model));
    }

    /** The draft of the form, with the checks appointing makes before it tries (the wish, the hours). */
    private AppointmentDraft checkedDraft(DecisionView decision, AppointmentForm form, BindingResult errors) {
        AppointmentDraft draft = formPage.draft(form, errors);
        appointments.problems(decision, draft).stream()
                .filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), null));
        if (!errors.hasFieldErrors("hoursPerMonth")
                && form.hoursPerMonthValue() != null
                && form.hoursPerMonthValue().compareTo(java.math.BigDecimal.valueOf(200)) > 0) {
            errors.rejectValue("hoursPerMonth", "appointment.hoursPerMonth.tooMany");
        }
        return draft;
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
    String myFamilies(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        no.helhet.shared.ListSort listSort =
                MyFamiliesList.SORTS.parse(sort, dir).at("/my-families", p);
        no.helhet.shared.PageSlice<AppointmentView> slice =
                myFamilies.activeFor(CurrentStaff.get().id(), listSort, p, pageSize);
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        List<AppointmentView> mine = slice.items();
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
        model.addAttribute("decision", decision);
        model.addAttribute(
                "familyName", families.displayNames(Set.of(decision.familyId())).get(decision.familyId()));
        formPage.addChoices(model, decision.childId());
        model.addAttribute("otherKind", appointments.otherKindCurrent(decision));
        model.addAttribute(
                "alreadyAppointed",
                !appointments.forRequest(decision.requestId()).isEmpty());
        return "appointment/new";
    }
}
