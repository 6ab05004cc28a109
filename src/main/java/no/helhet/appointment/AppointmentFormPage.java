package no.helhet.appointment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import no.helhet.shared.RulesProperties;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the appointment form and the change-of-coordinator form share (templates/appointment/fields.html):
 * the choices the page offers, the checks of the family's wish, the draft the form makes, and how a
 * refusal lands on the form.
 */
@Component
class AppointmentFormPage {

    private final AppointmentService appointments;
    private final StaffDirectory staff;
    private final RulesProperties rules;

    AppointmentFormPage(AppointmentService appointments, StaffDirectory staff, RulesProperties rules) {
        this.appointments = appointments;
        this.staff = staff;
        this.rules = rules;
    }

    /** The choices of the form's fields and what the page says about the child's voice. */
    void addChoices(Model model, UUID childId) {
        List<StaffSummary> candidates = staff.coordinatorCandidates();
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "candidateOptions",
                SelectOption.of(candidates, StaffSummary::id, c -> c.fullName() + " (" + c.unitName() + ")"));
        model.addAttribute("counts", appointments.activeFamilyCounts());
        model.addAttribute("unitOptions", SelectOption.of(staff.units(), UnitSummary::id, UnitSummary::name));
        model.addAttribute("notHeardReasons", ChildNotHeardReason.values());
        model.addAttribute("consentGivers", AppointmentConsentGiver.values());
        model.addAttribute("familyWishes", FamilyWish.values());
        Optional<Integer> age = appointments.childAge(childId);
        model.addAttribute("childAge", age.orElse(null));
        model.addAttribute("childHeard", ChildVoice.mustBeHeard(age, rules));
        model.addAttribute("childGreatWeight", ChildVoice.greatWeight(age, rules));
        model.addAttribute("rules", rules);
    }

    /**
     * The draft the form makes, after the checks of the family's wish (a wished person needs a name,
     * a wished unit must be chosen); the hours are left out when they do not parse.
     */
    AppointmentDraft draft(AppointmentForm form, BindingResult errors) {
        if (form.getFamilyWish() == FamilyWish.PERSON && !form.wishedPerson().given()) {
            errors.rejectValue("wishedPersonName", "appointment.wishedPerson.required");
        }
        if (form.getFamilyWish() == FamilyWish.UNIT && form.getWishedUnitId() == null) {
            errors.rejectValue("wishedUnitId", "appointment.wishedUnit.required");
        }
        return new AppointmentDraft(
                form.getCoordinatorId(),
                form.getFamilyWish(),
                form.wishedPerson(),
                form.getWishedUnitId(),
                form.childVoice(),
                form.getReasonWishNotFollowed(),
                form.consent(),
                form.delegation(),
                errors.hasFieldErrors("hoursPerMonth") ? null : form.hoursPerMonthValue());
    }

    /** A refusal on its field, or on the whole form when it names none. */
    static void reject(BindingResult errors, AppointmentRefusedException e) {
        if (e.field() == null) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
        }
    }
}
