package no.helhet.consent;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording and withdrawing consents: the coordinating unit or the appointed coordinator. */
@Controller
class ConsentController {

    private final ConsentService consents;
    private final FamilyService families;
    private final ChildOptions childOptions;
    private final ProviderRegister providers;
    private final MessageSource messages;
    private final WithdrawalLosses losses;

    ConsentController(
            ConsentService consents,
            FamilyService families,
            ChildOptions childOptions,
            ProviderRegister providers,
            MessageSource messages,
            WithdrawalLosses losses) {
        this.losses = losses;
        this.consents = consents;
        this.families = families;
        this.childOptions = childOptions;
        this.providers = providers;
        this.messages = messages;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "consent.new")
    @GetMapping("/families/{familyId}/consents/new")
    String newConsent(@PathVariable UUID familyId, Model model) {
        ConsentEntryForm form = new ConsentEntryForm();
        form.setGivenOn(consents.today());
        model.addAttribute("consentEntryForm", form);
        return page(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "consent.record")
    @OneTimeForm
    @PostMapping("/families/{familyId}/consents")
    String recordConsent(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ConsentEntryForm consentEntryForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean childInFamily = consentEntryForm.getChildId() != null
                && families.getFamily(familyId).children().stream()
                        .anyMatch(c -> c.id().equals(consentEntryForm.getChildId()));
        if (consentEntryForm.getChildId() != null && !childInFamily) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (!errors.hasErrors()) {
            consents.problems(familyId, consentEntryForm.toConsent())
                    .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), null));
        }
        if (errors.hasErrors()) {
            return page(familyId, model);
        }
        consents.recordConsent(familyId, consentEntryForm.toConsent());
        redirect.addFlashAttribute("saved", "consent.registered");
        return "redirect:/families/" + familyId;
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "consentId",
            action = AccessAction.CHANGE,
            what = "consent.withdraw")
    @PostMapping("/consents/{consentId}/withdrawal")
    String withdraw(
            @PathVariable UUID consentId,
            @Valid @ModelAttribute ConsentWithdrawalForm consentWithdrawalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ConsentView consent = consents.getConsent(consentId);
        if (consentWithdrawalForm.getVersion() == null) {
            return "redirect:/families/" + consent.familyId() + "?conflict";
        }
        if (errors.hasErrors() && consent.withdrawnAt() == null) {
            // Not confirmed (the plain-HTML way, or a page without script): say who loses access and ask.
            var family = families.getFamily(consent.familyId());
            model.addAttribute("consent", consent);
            model.addAttribute(
                    "familyName",
                    families.displayNames(java.util.Set.of(family.id())).get(family.id()));
            model.addAttribute(
                    "childName",
                    family.children().stream()
                            .filter(c -> c.id().equals(consent.childId()))
                            .map(c -> c.displayName())
                            .findFirst()
                            .orElse(null));
            model.addAttribute("losses", losses.of(consent, consents.forFamily(consent.familyId())));
            return "consent/withdraw";
        }
        try {
            consents.withdraw(consentId, consentWithdrawalForm.getVersion());
        } catch (OptimisticLockingFailureException e) {
            return "redirect:/families/" + consent.familyId() + "?conflict";
        }
        redirect.addFlashAttribute("saved", "consent.withdrawal.saved");
        return "redirect:/families/" + consent.familyId();
    }

    private String page(UUID familyId, Model model) {
        var family = families.getFamily(familyId);
        String responsible =
                messages.getMessage("guardian.parentalResponsibility", null, LocaleContextHolder.getLocale());
        model.addAttribute("family", family);
        model.addAttribute("childOptions", childOptions.of(family.children()));
        model.addAttribute(
                "guardianOptions",
                SelectOption.of(
                        family.guardians(),
                        GuardianSummary::id,
                        g -> g.displayName() + (g.parentalResponsibility() ? " (" + responsible + ")" : "")));
        model.addAttribute(
                "providerOptions",
                SelectOption.of(providers.allProviders(), ProviderSummary::id, ProviderSummary::name));
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("youthAge", consents.youthHealthConsentAge());
        model.addAttribute("forms", ConsentForm.recordedByStaff());
        model.addAttribute("kinds", InformationKind.values());
        return "consent/new";
    }
}
