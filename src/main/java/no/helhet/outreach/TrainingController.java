package no.helhet.outreach;

import jakarta.validation.Valid;
import no.helhet.shared.ListSort;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.PageSlice;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinating unit's register of training and guidance, and the coordinators due for training. */
@Controller
class TrainingController {

    private final TrainingRegister register;
    private final StaffDirectory staff;

    private final int pageSize;

    TrainingController(TrainingRegister register, StaffDirectory staff, @Value("${helhet.page-size}") int pageSize) {
        this.register = register;
        this.staff = staff;
        this.pageSize = pageSize;
    }

    @NoFamilyData("the training register: staff and topics only")
    @GetMapping("/training")
    String show(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TrainingForm form = new TrainingForm();
        form.setHeldOn(register.today());
        model.addAttribute("form", form);
        return page(model, TrainingRegister.SORTS.parse(sort, dir), page);
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
            return page(model, TrainingRegister.SORTS.defaultSort(), 0);
        }
        register.record(form.getHeldOn(), form.getKind(), form.getTopic().trim(), form.getParticipantIds());
        redirect.addFlashAttribute("saved", "training.saved");
        return "redirect:/training";
    }

    private String page(Model model, ListSort sort, int page) {
        int p = Math.max(0, page);
        ListSort listSort = sort.at("/training", p);
        PageSlice<TrainingRegister.SessionRow> slice = register.page(listSort, p, pageSize);
        model.addAttribute("sort", listSort);
        model.addAttribute("slice", slice);
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
        model.addAttribute("sessions", slice.items());
        return "outreach/training";
    }
}
