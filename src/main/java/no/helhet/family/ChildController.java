package no.helhet.family;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService.NewChild;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering an expected child as born, and correcting a child's details. */
@Controller
class ChildController {

    private final FamilyService families;
    private final FamilyFormValidator validator;

    ChildController(FamilyService families, FamilyFormValidator validator) {
        this.families = families;
        this.validator = validator;
    }

    @ModelAttribute("expectedKinds")
    ExpectedKind[] expectedKinds() {
        return ExpectedKind.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "childId", action = AccessAction.VIEW, what = "child.birth")
    @GetMapping("/children/{childId}/birth")
    String birthForm(@PathVariable UUID childId, Model model) {
        Child child = families.getChildForChange(childId);
        if (child.birthDate() != null) {
            return "redirect:/children/" + childId + "/edit";
        }
        ChildDetailsForm form = ChildDetailsForm.of(child);
        model.addAttribute("childDetailsForm", form);
        return show(child, true, model);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "childId", action = AccessAction.CHANGE, what = "child.birth")
    @PostMapping("/children/{childId}/birth")
    String registerBirth(
            @PathVariable UUID childId,
            @Valid @ModelAttribute ChildDetailsForm childDetailsForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Child child = families.getChildForChange(childId);
        if (child.birthDate() != null) {
            return "redirect:/children/" + childId + "/edit";
        }
        Optional<NewChild> born = validator.validateBorn(childDetailsForm, null, families.today(), errors);
        return save(child, childDetailsForm, born, errors, true, model, redirect);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "childId", action = AccessAction.VIEW, what = "child.correct")
    @GetMapping("/children/{childId}/edit")
    String editForm(@PathVariable UUID childId, Model model) {
        Child child = families.getChildForChange(childId);
        model.addAttribute("childDetailsForm", ChildDetailsForm.of(child));
        return show(child, false, model);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "childId", action = AccessAction.CHANGE, what = "child.correct")
    @PostMapping("/children/{childId}")
    String correct(
            @PathVariable UUID childId,
            @Valid @ModelAttribute ChildDetailsForm childDetailsForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Child child = families.getChildForChange(childId);
        Optional<NewChild> details = child.birthDate() == null
                ? validator.validateExpected(childDetailsForm, errors)
                : validator.validateBorn(childDetailsForm, child.nationalId(), families.today(), errors);
        return save(child, childDetailsForm, details, errors, false, model, redirect);
    }

    private String save(
            Child child,
            ChildDetailsForm form,
            Optional<NewChild> details,
            BindingResult errors,
            boolean birth,
            Model model,
            RedirectAttributes redirect) {
        if (details.isEmpty() || errors.hasErrors()) {
            return show(child, birth, model);
        }
        try {
            families.changeChild(child.id(), form.getVersion(), details.get());
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return show(child, birth, model);
        }
        redirect.addFlashAttribute("saved", birth ? "child.birth.saved" : "child.correct.saved");
        return "redirect:/families/" + child.familyId();
    }

    private static String show(Child child, boolean birth, Model model) {
        model.addAttribute("child", ChildSummary.of(child));
        model.addAttribute("birth", birth);
        model.addAttribute("expected", child.birthDate() == null);
        return "family/child-edit";
    }
}
