package no.helhet.familyportal;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.message.Messages;
import no.helhet.shared.NoFamilyData;
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
 * Messages with the coordinator (issue 14 item 7): a guardian reads and writes in the guardians'
 * thread, a youth in their own. Reading marks the coordinator's messages read.
 */
@Controller
class FamilyPortalMessageController {

    private final Messages messages;

    FamilyPortalMessageController(Messages messages) {
        this.messages = messages;
    }

    @NoFamilyData("a redirect to the logged-in family member's own family")
    @GetMapping("/family-portal/messages")
    String ownMessages() {
        return "redirect:/family-portal/families/" + CurrentFamilyMember.get().familyId() + "/messages";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.messages")
    @GetMapping("/family-portal/families/{familyId}/messages")
    String read(@PathVariable UUID familyId, Model model) {
        model.addAttribute("familyMessageForm", new FamilyMessageForm());
        return page(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "family-portal.messages.write")
    @OneTimeForm
    @PostMapping("/family-portal/families/{familyId}/messages")
    String write(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute FamilyMessageForm familyMessageForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(familyId, model);
        }
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        if (member.kind() == FamilyMemberPrincipal.Kind.YOUTH) {
            messages.fromYouth(familyId, member.personId(), familyMessageForm.getBody());
        } else {
            messages.fromGuardian(familyId, member.personId(), familyMessageForm.getBody());
        }
        redirect.addFlashAttribute("saved", "familyPortal.message.sent");
        return "redirect:/family-portal/families/" + familyId + "/messages";
    }

    private String page(UUID familyId, Model model) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        UUID youthId = member.kind() == FamilyMemberPrincipal.Kind.YOUTH ? member.personId() : null;
        model.addAttribute("familyId", familyId);
        model.addAttribute("thread", messages.readByFamily(familyId, youthId, member.name()));
        return "familyportal/messages";
    }
}
