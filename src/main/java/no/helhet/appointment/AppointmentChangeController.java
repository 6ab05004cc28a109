package no.helhet.appointment;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.StaffDirectory;
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

/** The change of coordinator (or of kind: a conversion), the end of the right, the extension after 18. */
@Controller
class AppointmentChangeController {

    private final AppointmentChangeService changes;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final RulesProperties rules;
    private final AppointmentFormPage formPage;

    AppointmentChangeController(
            AppointmentChangeService changes,
            FamilyService families,
            StaffDirectory staff,
            RulesProperties rules,
            AppointmentFormPage formPage) {
        this.changes = changes;
        this.families = families;
        this.staff = staff;
        this.rules = rules;
        this.formPage = formPage;
    }

    @ModelAttribute("kinds")
    CoordinatorKind[] kinds() {
        return CoordinatorKind.values();
    }

    @ModelAttribute("endReasons")
    List<EndReason> endReasons() {
        return EndReason.ENDINGS;
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.VIEW,
            what = "appointment.change.form")
    @GetMapping("/appointments/{appointmentId}/change")
    String changeForm(
            @PathVariable UUID appointmentId, @RequestParam(required = false) CoordinatorKind kind, Model model) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        AppointmentChangeForm form = new AppointmentChangeForm();
        form.setFamilyWish(FamilyWish.NONE);
        form.setKind(kind == null ? appointment.kind() : kind);
        form.setVersion(appointment.version());
        if (kind != null && kind != appointment.kind()) {
            form.setCoordinatorId(appointment.coordinatorId());
        }
        model.addAttribute("appointmentChangeForm", form);
        return changePage(appointment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.CHANGE,
            what = "appointment.change")
    @OneTimeForm
    @PostMapping("/appointments/{appointmentId}/change")
    String change(
            @PathVariable UUID appointmentId,
            @Valid @ModelAttribute AppointmentChangeForm appointmentChangeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        AppointmentChangeForm form = appointmentChangeForm;
        if (form.getChangeReason() == null || form.getChangeReason().isBlank()) {
            errors.rejectValue("changeReason", "appointment.change.reason.required");
        }
        AppointmentDraft draft = formPage.draft(form, errors);
        if (errors.hasErrors()) {
            return changePage(appointment, model);
        }
        try {
            changes.changeCoordinator(appointmentId, form.getVersion(), form.getKind(), form.getChangeReason(), draft);
        } catch (AppointmentRefusedException e) {
            AppointmentFormPage.reject(errors, e);
            return changePage(appointment, model);
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return changePage(appointment, model);
        }
        redirect.addFlashAttribute("saved", "appointment.change.saved");
        return "redirect:/families/" + appointment.familyId();
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.VIEW,
            what = "appointment.end.form")
    @GetMapping("/appointments/{appointmentId}/end")
    String endForm(@PathVariable UUID appointmentId, Model model) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        AppointmentEndForm form = new AppointmentEndForm();
        form.setVersion(appointment.version());
        model.addAttribute("appointmentEndForm", form);
        return endPage(appointment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.CHANGE,
            what = "appointment.end")
    @OneTimeForm
    @PostMapping("/appointments/{appointmentId}/end")
    String end(
            @PathVariable UUID appointmentId,
            @Valid @ModelAttribute AppointmentEndForm appointmentEndForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        EndReason reason = appointmentEndForm.getReason();
        String note = appointmentEndForm.getNote();
        if (reason != null && reason.needsNote() && (note == null || note.isBlank())) {
            errors.rejectValue("note", "appointment.end.note.required");
        }
        if (errors.hasErrors()) {
            return endPage(appointment, model);
        }
        try {
            changes.endRight(appointmentId, appointmentEndForm.getVersion(), reason, note);
        } catch (AppointmentRefusedException e) {
            errors.reject(e.messageKey());
            return endPage(appointment, model);
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return endPage(appointment, model);
        }
        redirect.addFlashAttribute(
                "saved", reason == EndReason.CHILD_DIED ? "appointment.end.savedQuietly" : "appointment.end.saved");
        return "redirect:/families/" + appointment.familyId();
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.CHANGE,
            what = "appointment.extend")
    @OneTimeForm
    @PostMapping("/appointments/{appointmentId}/extension")
    String extend(
            @PathVariable UUID appointmentId,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        try {
            changes.extendRight(appointmentId, version == null ? -1 : version);
            redirect.addFlashAttribute("saved", "appointment.extend.saved");
        } catch (AppointmentRefusedException e) {
            redirect.addFlashAttribute("saved", e.messageKey());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("saved", "form.concurrentEdit");
        }
        return "redirect:/appointments/" + appointmentId + "/end";
    }

    private String changePage(AppointmentView appointment, Model model) {
        common(appointment, model);
        formPage.addChoices(model, changes.childOf(appointment));
        return "appointment/change";
    }

    private String endPage(AppointmentView appointment, Model model) {
        common(appointment, model);
        model.addAttribute("turns18On", changes.turns18On(appointment).orElse(null));
        return "appointment/end";
    }

    private void common(AppointmentView appointment, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute(
                "familyName",
                families.displayNames(Set.of(appointment.familyId())).get(appointment.familyId()));
        model.addAttribute(
                "coordinator",
                staff.staffByIds(Set.of(appointment.coordinatorId())).get(appointment.coordinatorId()));
        model.addAttribute("current", changes.isCurrent(appointment));
        model.addAttribute("rules", rules);
    }
}
