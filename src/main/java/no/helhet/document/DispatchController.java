package no.helhet.document;

import java.time.ZoneId;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.OneTimeForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording when and how a letter was sent, from which the complaint deadline counts. */
@Controller
class DispatchController {

    private final DocumentService documents;
    private final LetterDispatches dispatches;

    DispatchController(DocumentService documents, LetterDispatches dispatches) {
        this.documents = documents;
        this.dispatches = dispatches;
    }

    @ModelAttribute("channels")
    DispatchChannel[] channels() {
        return DispatchChannel.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "documentId", action = AccessAction.VIEW, what = "letter.dispatch")
    @GetMapping("/documents/{documentId}/dispatch")
    String form(@PathVariable UUID documentId, Model model) {
        DispatchForm form = new DispatchForm();
        form.setSentOn(dispatches.today());
        model.addAttribute("dispatchForm", form);
        return show(documentId, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "documentId",
            action = AccessAction.CHANGE,
            what = "letter.dispatch")
    @OneTimeForm
    @PostMapping("/documents/{documentId}/dispatch")
    String record(
            @PathVariable UUID documentId,
            @ModelAttribute DispatchForm dispatchForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DocumentSummary letter = letter(documentId);
        if (dispatchForm.getSentOn() == null) {
            errors.rejectValue("sentOn", "dispatch.sentOn.required");
        } else if (dispatchForm.getSentOn().isAfter(dispatches.today())) {
            errors.rejectValue("sentOn", "dispatch.sentOn.future");
        } else if (dispatchForm
                .getSentOn()
                .isBefore(letter.createdAt().atZone(ZoneId.of("Europe/Oslo")).toLocalDate())) {
            errors.rejectValue("sentOn", "dispatch.sentOn.beforeLetter");
        }
        if (dispatchForm.getChannel() == null) {
            errors.rejectValue("channel", "dispatch.channel.required");
        }
        if (errors.hasErrors()) {
            return show(documentId, model);
        }
        try {
            dispatches.recordDispatch(documentId, dispatchForm.getSentOn(), dispatchForm.getChannel());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            return show(documentId, model);
        }
        redirect.addFlashAttribute("saved", "dispatch.saved");
        return "redirect:/families/" + letter.familyId();
    }

    private DocumentSummary letter(UUID documentId) {
        return documents.findSummary(documentId).orElseThrow(LetterNotFoundException::new);
    }

    private String show(UUID documentId, Model model) {
        model.addAttribute("letter", letter(documentId));
        model.addAttribute("dispatch", dispatches.find(documentId).orElse(null));
        return "document/dispatch";
    }
}
