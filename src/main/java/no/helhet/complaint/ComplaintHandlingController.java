package no.helhet.complaint;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.OneTimeForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinating unit handles a complaint: reconsideration, forwarding, Statsforvalteren's outcome. */
@Controller
class ComplaintHandlingController {

    private final ComplaintService complaints;
    private final ComplaintPage page;

    ComplaintHandlingController(ComplaintService complaints, ComplaintPage page) {
        this.complaints = complaints;
        this.page = page;
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "complaintId",
            action = AccessAction.CHANGE,
            what = "complaint.reconsider")
    @OneTimeForm
    @PostMapping("/complaints/{complaintId}/reconsideration")
    String reconsider(
            @PathVariable UUID complaintId,
            @Valid @ModelAttribute ReconsiderationForm reconsiderationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = complaints.getComplaint(complaintId);
        if (errors.hasErrors()) {
            return page.show(complaint, model);
        }
        try {
            if (reconsiderationForm.getReconsideration() == Reconsideration.UPHELD) {
                complaints.uphold(
                        complaintId,
                        reconsiderationForm.getVersion(),
                        reconsiderationForm.getReason(),
                        reconsiderationForm.getNoteIds());
            } else {
                UUID assessmentId = complaints.reverse(
                        complaintId,
                        reconsiderationForm.getVersion(),
                        reconsiderationForm.getReconsideration(),
                        reconsiderationForm.getReason());
                redirect.addFlashAttribute("saved", "complaint.reversal.started");
                return "redirect:/assessments/" + assessmentId;
            }
        } catch (ComplaintRefusedException e) {
            errors.reject(e.messageKey());
            return page.show(complaint, model);
        }
        redirect.addFlashAttribute("saved", "complaint.upheld");
        return "redirect:/complaints/" + complaintId;
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "complaintId",
            action = AccessAction.CHANGE,
            what = "complaint.forward")
    @OneTimeForm
    @PostMapping("/complaints/{complaintId}/forwarding")
    String forward(
            @PathVariable UUID complaintId,
            @Valid @ModelAttribute ForwardingForm forwardingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = complaints.getComplaint(complaintId);
        if (!errors.hasErrors()) {
            try {
                complaints.recordForwarded(complaintId, forwardingForm.getVersion(), forwardingForm.getForwardedOn());
                redirect.addFlashAttribute("saved", "complaint.forwarded");
                return "redirect:/complaints/" + complaintId;
            } catch (ComplaintRefusedException e) {
                errors.reject(e.messageKey());
            }
        }
        return page.show(complaint, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "complaintId",
            action = AccessAction.CHANGE,
            what = "complaint.outcome")
    @OneTimeForm
    @PostMapping("/complaints/{complaintId}/outcome")
    String outcome(
            @PathVariable UUID complaintId,
            @Valid @ModelAttribute OutcomeForm outcomeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Complaint complaint = complaints.getComplaint(complaintId);
        if (!errors.hasErrors()) {
            try {
                complaints.recordGovernorOutcome(
                        complaintId, outcomeForm.getVersion(), outcomeForm.getOutcome(), outcomeForm.getOutcomeOn());
                redirect.addFlashAttribute("saved", "complaint.outcome.saved");
                return "redirect:/complaints/" + complaintId;
            } catch (ComplaintRefusedException e) {
                errors.reject(e.messageKey());
            }
        }
        return page.show(complaint, model);
    }
}
