package no.helhet.appointment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
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

/**
 * The coordinating unit creates a coordinator's account for the person the family wished for, when
 * they have none (issue 7 item 6; docs/adr/0010): prefilled from the wish, always a coordinator's
 * account, linked to the appointment, with a first password shown once.
 */
@Controller
class WishedPersonAccountController {

    private final AppointmentService appointments;
    private final DecisionService decisions;
    private final StaffDirectory staff;

    WishedPersonAccountController(AppointmentService appointments, DecisionService decisions, StaffDirectory staff) {
        this.appointments = appointments;
        this.decisions = decisions;
        this.staff = staff;
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.VIEW,
            what = "appointment.wished-person-account.new")
    @GetMapping("/decisions/{decisionId}/wished-person-account")
    String newAccount(
            @PathVariable UUID decisionId, @RequestParam(required = false) String appointmentId, Model model) {
        AppointmentView appointment = unlinked(decisionId, parse(appointmentId));
        UUID unit = staff.units().stream()
                .filter(u -> u.name()
                        .equalsIgnoreCase(
                                String.valueOf(appointment.wishedPerson().workplace())
                                        .strip()))
                .map(UnitSummary::id)
                .findFirst()
                .orElse(null);
        model.addAttribute("wishedPersonAccountForm", WishedPersonAccountForm.of(appointment, unit));
        return page(decisionId, appointment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "decisionId",
            action = AccessAction.CHANGE,
            what = "appointment.wished-person-account")
    @PostMapping("/decisions/{decisionId}/wished-person-account")
    String createAccount(
            @PathVariable UUID decisionId,
            @Valid @ModelAttribute WishedPersonAccountForm wishedPersonAccountForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        WishedPersonAccountForm form = wishedPersonAccountForm;
        AppointmentView appointment = unlinked(decisionId, form.getAppointmentId());
        if (form.getUnitId() != null && staff.findUnit(form.getUnitId()).isEmpty()) {
            errors.rejectValue("unitId", "staff.unit.unknown");
        }
        if (errors.hasErrors()) {
            return page(decisionId, appointment, model);
        }
        try {
            StaffDirectory.NewAccount created = appointments.createWishedPersonAccount(
                    appointment.id(),
                    form.getVersion(),
                    new AppointmentService.WishedAccount(
                            form.getUsername(),
                            form.getFullName(),
                            form.getUnitId(),
                            form.getEmail(),
                            form.getPhone()));
            // The first password is on this page only: not in a redirect, a flash attribute or a cache.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("created", created);
            model.addAttribute("fullName", form.getFullName());
            model.addAttribute("requestId", appointment.requestId());
            return "appointment/wished-account-created";
        } catch (StaffDirectory.UsernameTakenException e) {
            errors.rejectValue("username", "staff.username.taken");
        } catch (OptimisticLockingFailureException | AppointmentRefusedException e) {
            errors.reject("form.concurrentEdit");
        }
        return page(decisionId, appointment, model);
    }

    /** The decision's appointment whose wished person has no account yet; anything else is not found. */
    private AppointmentView unlinked(UUID decisionId, UUID appointmentId) {
        DecisionView decision = decisions.getDecision(decisionId);
        return appointments.forRequest(decision.requestId()).stream()
                .filter(a -> a.id().equals(appointmentId) && a.decisionId().equals(decisionId))
                .filter(a -> a.wishedPerson().name() != null && a.wishedStaffId() == null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("appointment"));
    }

    private String page(UUID decisionId, AppointmentView appointment, Model model) {
        model.addAttribute("decisionId", decisionId);
        model.addAttribute("appointment", appointment);
        model.addAttribute("unitOptions", SelectOption.of(staff.units(), UnitSummary::id, UnitSummary::name));
        return "appointment/wished-account";
    }

    private static UUID parse(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
