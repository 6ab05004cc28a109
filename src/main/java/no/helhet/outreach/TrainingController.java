package no.helhet.outreach;

import jakarta.validation.Valid;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinating unit's register of training and guidance, and the coordinators due for training. */
@Controller
class TrainingController {

    private final TrainingRegister register;
    private final StaffDirectory staff;

    TrainingController(TrainingRegister register, StaffDirectory staff) {
        this.register = register;
        this.staff = staff;
    }

    @NoFamilyData("the training register: staff and topics only")
    @GetMapping("/training")
    String show(Model model) {
        TrainingForm form = new TrainingForm();
        form.setHeldOn(register.today());
        model.addAttribute("form", form);
        return page(model);
    }

    @NoFamilyData("registers training or guidance: staff and topics only")
    @OneTimeForm
    @PostMapping("/training")
    String record(
            @Valid @ModelAttribute("form") TrainingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        register.record(form.getHeldOn(), form.getKind(), form.getTopic().trim(), form.getParticipantIds());
        redirect.addFlashAttribute("saved", "training.saved");
        return "redirect:/training";
    }

    private String page(Model model) {
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute(
                "participants",
                staff.allStaff().stream()
                        .filter(s -> s.active()
                                && (s.role() == StaffRole.COORDINATOR
                                        || s.role().coordinatingUnit()))
                        .map(s -> new SelectOption(s.id().toString(), s.fullName() + " (" + s.unitName() + ")"))
                        .toList());
        model.addAttribute("untrained", register.coordinatorsWithoutTraining(register.today()));
        model.addAttribute("intervalMonths", register.intervalMonths());
        model.addAttribute("sessions", register.latest(50));
        return "outreach/training";
    }
}
