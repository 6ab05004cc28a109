package no.helhet.family;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A guardian's postal address, where letters are sent. */
@Controller
class GuardianController {

    private final FamilyService families;

    GuardianController(FamilyService families) {
        this.families = families;
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "guardianId", action = AccessAction.VIEW, what = "guardian.address")
    @GetMapping("/guardians/{guardianId}/address")
    String addressForm(@PathVariable UUID guardianId, Model model) {
        GuardianSummary guardian = guardian(guardianId);
        model.addAttribute("guardianAddressForm", GuardianAddressForm.of(guardian));
        return show(guardianId, guardian, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "guardianId",
            action = AccessAction.CHANGE,
            what = "guardian.address")
    @PostMapping("/guardians/{guardianId}/address")
    String changeAddress(
            @PathVariable UUID guardianId,
            @Valid @ModelAttribute GuardianAddressForm guardianAddressForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        GuardianSummary guardian = guardian(guardianId);
        PostalAddress address = FamilyFormValidator.address(
                guardianAddressForm.getStreetAddress(),
                guardianAddressForm.getPostcode(),
                guardianAddressForm.getPostPlace(),
                "",
                errors);
        if (errors.hasErrors()) {
            return show(guardianId, guardian, model);
        }
        try {
            families.changeGuardianAddress(
                    guardianId,
                    guardianAddressForm.getVersion(),
                    address == null ? new PostalAddress(null, null, null) : address);
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return show(guardianId, guardian, model);
        }
        redirect.addFlashAttribute("saved", "guardian.address.saved");
        return "redirect:/families/" + families.familyOfGuardian(guardianId).orElseThrow();
    }

    private GuardianSummary guardian(UUID guardianId) {
        return families.findGuardian(guardianId).orElseThrow(FamilyNotFoundException::new);
    }

    private String show(UUID guardianId, GuardianSummary guardian, Model model) {
        model.addAttribute("guardian", guardian);
        model.addAttribute("guardianId", guardianId);
        model.addAttribute("familyId", families.familyOfGuardian(guardianId).orElseThrow());
        return "family/guardian-address";
    }
}
