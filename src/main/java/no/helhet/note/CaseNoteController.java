package no.helhet.note;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing case notes and corrections: the coordinating unit or the appointed coordinator. */
@Controller
class CaseNoteController {

    private final CaseNotes notes;
    private final FamilyService families;
    private final ChildOptions childOptions;

    CaseNoteController(CaseNotes notes, FamilyService families, ChildOptions childOptions) {
        this.notes = notes;
        this.families = families;
        this.childOptions = childOptions;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "note.new")
    @GetMapping("/families/{familyId}/notes/new")
    String newNote(@PathVariable UUID familyId, @RequestParam(required = false) UUID corrects, Model model) {
        CaseNoteForm form = new CaseNoteForm();
        form.setNotedOn(notes.today());
        if (corrects != null) {
            CaseNote old = correctable(familyId, corrects);
            form.setCorrects(old.id());
            form.setChildId(old.childId());
            form.setNotedOn(old.notedOn());
            form.setText(old.text());
        }
        model.addAttribute("caseNoteForm", form);
        return page(familyId, model);
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.CHANGE, what = "note.write")
    @OneTimeForm
    @PostMapping("/families/{familyId}/notes")
    String writeNote(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute CaseNoteForm caseNoteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (caseNoteForm.getChildId() != null
                && families.getFamily(familyId).children().stream()
                        .noneMatch(c -> c.id().equals(caseNoteForm.getChildId()))) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (caseNoteForm.getCorrects() != null) {
            correctable(familyId, caseNoteForm.getCorrects());
        }
        if (errors.hasErrors()) {
            return page(familyId, model);
        }
        notes.writeNote(
                familyId,
                caseNoteForm.getChildId(),
                caseNoteForm.getNotedOn(),
                caseNoteForm.getText(),
                caseNoteForm.getCorrects());
        redirect.addFlashAttribute("saved", "note.signed");
        // the notes start collapsed on the family page: open them on the note just written
        redirect.addFlashAttribute("openSection", "note.section");
        return "redirect:/families/" + familyId;
    }

    private CaseNote correctable(UUID familyId, UUID noteId) {
        return notes.findNote(noteId)
                .filter(n -> n.familyId().equals(familyId))
                .orElseThrow(() -> new NotFoundException("note"));
    }

    private String page(UUID familyId, Model model) {
        var family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("childOptions", childOptions.of(family.children()));
        return "note/new";
    }
}
