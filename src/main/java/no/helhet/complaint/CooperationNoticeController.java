package no.helhet.complaint;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.OneTimeForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A notice that services do not cooperate: recorded as a notice, and the page says why it cannot be
 * a complaint (LAW.md §2 item 15).
 */
@Controller
class CooperationNoticeController {

    private final CooperationNoticeRepository notices;
    private final FamilyService families;
    private final Clock clock;

    CooperationNoticeController(CooperationNoticeRepository notices, FamilyService families, Clock clock) {
        this.notices = notices;
        this.families = families;
        this.clock = clock;
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "complaint.notice.new")
    @GetMapping("/families/{familyId}/cooperation-notices/new")
    String newNotice(@PathVariable UUID familyId, Model model) {
        CooperationNoticeForm form = new CooperationNoticeForm();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("cooperationNoticeForm", form);
        model.addAttribute("family", families.getFamily(familyId));
        return "complaint/notice";
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "complaint.notice.record")
    @OneTimeForm
    @PostMapping("/families/{familyId}/cooperation-notices")
    String record(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute CooperationNoticeForm cooperationNoticeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("family", families.getFamily(familyId));
            return "complaint/notice";
        }
        notices.save(new CooperationNotice(
                UUID.randomUUID(),
                familyId,
                cooperationNoticeForm.getReceivedOn(),
                cooperationNoticeForm.getFromWhom().strip(),
                cooperationNoticeForm.getText().strip(),
                null,
                null,
                null,
                null,
                null));
        redirect.addFlashAttribute("saved", "complaint.notice.saved");
        return "redirect:/families/" + familyId;
    }
}
