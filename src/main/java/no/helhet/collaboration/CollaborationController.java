package no.helhet.collaboration;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.UnitSummary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The three steps and the agreement (the coordinating unit or the coordinator), and who coordinates (KE). */
@Controller
class CollaborationController {

    private final CollaborationService collaborations;
    private final FamilyService families;
    private final ChildOptions childOptions;
    private final ProviderRegister providers;
    private final StaffDirectory staff;

    CollaborationController(
            CollaborationService collaborations,
            FamilyService families,
            ChildOptions childOptions,
            ProviderRegister providers,
            StaffDirectory staff) {
        this.collaborations = collaborations;
        this.families = families;
        this.childOptions = childOptions;
        this.providers = providers;
        this.staff = staff;
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "collaboration.form")
    @GetMapping("/families/{familyId}/collaborations/new")
    String form(
            @PathVariable UUID familyId,
            @RequestParam(required = false) UUID childId,
            @RequestParam(required = false) UUID providerId,
            Model model) {
        CollaborationForm form = childId != null && providerId != null
                ? collaborations
                        .findCollaboration(childId, providerId)
                        .filter(c -> c.familyId().equals(familyId))
                        .map(CollaborationForm::of)
                        .orElseGet(CollaborationForm::new)
                : new CollaborationForm();
        if (form.getChildId() == null) {
            form.setChildId(childId);
            form.setProviderId(providerId);
        }
        model.addAttribute("collaborationForm", form);
        return page(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "collaboration.record")
    @OneTimeForm
    @PostMapping("/families/{familyId}/collaborations")
    String record(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute CollaborationForm collaborationForm,
            BindingResult errors,
            Model model) {
        FamilyDetails family = families.getFamily(familyId);
        if (collaborationForm.getChildId() != null
                && family.children().stream().noneMatch(c -> c.id().equals(collaborationForm.getChildId()))) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                collaborations.recordCollaboration(
                        familyId, collaborationForm.toSteps(), collaborationForm.getVersion());
                return "redirect:/families/" + familyId;
            } catch (ContactWithoutConsentException e) {
                errors.rejectValue("contactedOn", "collaboration.contact.consentRequired");
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        return page(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "coordination-responsibility.form")
    @GetMapping("/families/{familyId}/coordination-responsibility")
    String responsibilityForm(@PathVariable UUID familyId, @RequestParam(required = false) UUID childId, Model model) {
        ResponsibilityForm form = new ResponsibilityForm();
        form.setChildId(childId);
        collaborations.responsibilities(familyId).stream()
                .filter(r -> r.childId().equals(childId))
                .findFirst()
                .ifPresent(r -> {
                    form.setUnitId(r.unitId());
                    form.setDisagreement(r.disagreement());
                    form.setKeDecision(r.keDecision());
                    form.setVersion(r.version());
                });
        model.addAttribute("responsibilityForm", form);
        return responsibilityPage(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "coordination-responsibility.name")
    @PostMapping("/families/{familyId}/coordination-responsibility")
    String nameResponsibility(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ResponsibilityForm responsibilityForm,
            BindingResult errors,
            Model model) {
        if (responsibilityForm.getChildId() != null
                && families.getFamily(familyId).children().stream()
                        .noneMatch(c -> c.id().equals(responsibilityForm.getChildId()))) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                collaborations.nameResponsibility(
                        familyId,
                        responsibilityForm.getChildId(),
                        responsibilityForm.getUnitId(),
                        responsibilityForm.getDisagreement(),
                        responsibilityForm.getKeDecision(),
                        responsibilityForm.getVersion());
                return "redirect:/families/" + familyId;
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        return responsibilityPage(familyId, model);
    }

    private String page(UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("childOptions", childOptions.of(family.children()));
        model.addAttribute(
                "providerOptions",
                SelectOption.of(providers.allProviders(), ProviderSummary::id, ProviderSummary::name));
        return "collaboration/form";
    }

    private String responsibilityPage(UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("childOptions", childOptions.of(family.children()));
        model.addAttribute("unitOptions", SelectOption.of(staff.units(), UnitSummary::id, UnitSummary::name));
        return "collaboration/responsibility";
    }
}
