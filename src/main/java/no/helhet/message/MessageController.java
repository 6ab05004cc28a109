package no.helhet.message;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.NotFoundException;
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
 * The family's messages on the staff side: the coordinating unit or the appointed coordinator reads
 * the threads (which marks the family's messages read) and answers.
 */
@Controller
class MessageController {

    private final Messages messages;
    private final FamilyService families;

    MessageController(Messages messages, FamilyService families) {
        this.messages = messages;
        this.families = families;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "message.thread")
    @GetMapping("/families/{familyId}/messages")
    String threads(@PathVariable UUID familyId, Model model) {
        model.addAttribute("messageForm", new MessageForm());
        String view = page(familyId, model);
        messages.markReadByStaff(familyId);
        return view;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.CHANGE, what = "message.write")
    @OneTimeForm
    @PostMapping("/families/{familyId}/messages")
    String write(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute MessageForm messageForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (messageForm.getYouthId() != null
                && families.getFamily(familyId).children().stream()
                        .noneMatch(c -> c.id().equals(messageForm.getYouthId()))) {
            throw new NotFoundException("youth");
        }
        if (errors.hasErrors()) {
            return page(familyId, model);
        }
        messages.fromStaff(familyId, messageForm.getYouthId(), messageForm.getBody());
        redirect.addFlashAttribute("saved", "message.sent");
        return "redirect:/families/" + familyId + "/messages";
    }

    private String page(UUID familyId, Model model) {
        model.addAttribute("family", families.getFamily(familyId));
        model.addAttribute("threads", messages.threads(familyId));
        return "message/threads";
    }
}
