package no.helhet.familyportal;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.complaint.ComplainantKind;
import no.helhet.complaint.ComplaintRefusedException;
import no.helhet.complaint.ComplaintService;
import no.helhet.complaint.Concern;
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
 * A complaint written by the family about a decision (issue 14 item 8): the deadline shown (from the
 * day the family received the letter), a late complaint with the family's reason; it lands in the
 * coordinating unit's complaint list as from the family portal. Only a decision about a child the
 * member sees (a youth: only their own).
 */
@Controller
class FamilyPortalComplaintController {

    private final ComplaintService complaints;

    FamilyPortalComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** The decisions about the children the member sees, each with its complaint deadline and a link to complain. */
    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.complaint.decisions")
    @GetMapping("/family-portal/families/{familyId}/complaint")
    String decisions(@PathVariable UUID familyId, Model model) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        model.addAttribute("familyId", familyId);
        model.addAttribute(
                "decisions",
                complaints.concerns(familyId).stream()
                        .filter(c -> c.subject() == no.helhet.complaint.ComplaintSubject.DECISION)
                        .filter(c -> member.sees(c.childId()))
                        .toList());
        model.addAttribute("today", complaints.today());
        return "familyportal/decisions";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "decisionId",
            action = AccessAction.VIEW,
            what = "family-portal.complaint")
    @GetMapping("/family-portal/decisions/{decisionId}/complaint")
    String form(@PathVariable UUID decisionId, Model model) {
        model.addAttribute("familyComplaintForm", new FamilyComplaintForm());
        return page(decisionId, model);
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "decisionId",
            action = AccessAction.CHANGE,
            what = "family-portal.complaint.write")
    @OneTimeForm
    @PostMapping("/family-portal/decisions/{decisionId}/complaint")
    String write(
            @PathVariable UUID decisionId,
            @Valid @ModelAttribute FamilyComplaintForm familyComplaintForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        concern(member, decisionId);
        if (errors.hasErrors()) {
            return page(decisionId, model);
        }
        try {
            complaints.registerFromFamily(
                    member.familyId(),
                    decisionId,
                    new ComplaintService.FamilyComplaint(
                            member.kind() == FamilyMemberPrincipal.Kind.YOUTH
                                    ? ComplainantKind.YOUTH
                                    : ComplainantKind.GUARDIAN,
                            member.personId(),
                            familyComplaintForm.getText(),
                            familyComplaintForm.getLateReason()));
        } catch (ComplaintRefusedException e) {
            errors.rejectValue(e.messageKey().contains("lateReason") ? "lateReason" : "text", e.messageKey());
            return page(decisionId, model);
        }
        redirect.addFlashAttribute("saved", "familyPortal.complaint.sent");
        return "redirect:/family-portal/families/" + member.familyId();
    }

    private String page(UUID decisionId, Model model) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        Concern concern = concern(member, decisionId);
        model.addAttribute("familyId", member.familyId());
        model.addAttribute("concern", concern);
        model.addAttribute("today", complaints.today());
        model.addAttribute(
                "late",
                concern.deadline().map(d -> d.lateOn(complaints.today())).orElse(false));
        return "familyportal/complaint";
    }

    /** The decision as something the member may complain about: about a child they see, else not found. */
    private Concern concern(FamilyMemberPrincipal member, UUID decisionId) {
        return complaints
                .decisionConcern(member.familyId(), decisionId)
                .filter(c -> member.sees(c.childId()))
                .orElseThrow(() -> new NotFoundException("decision"));
    }
}
