package no.helhet.familyportal;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.consent.ConsentRefusedException;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import no.helhet.consent.InformationKind;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's consents in the family portal (issue 14 item 5, docs/adr/0015): every consent about
 * the children the logged-in person may see, with who has confirmed; a guardian with parental
 * responsibility gives a new one (active when every guardian with parental responsibility has
 * confirmed), confirms one waiting for them, and withdraws one (at once, after a confirm dialog).
 */
@Controller
class FamilyConsentController {

    private final ConsentService consents;
    private final FamilyService families;
    private final ProviderRegister providers;

    FamilyConsentController(ConsentService consents, FamilyService families, ProviderRegister providers) {
        this.consents = consents;
        this.families = families;
        this.providers = providers;
    }

    /** The consents of the logged-in member's own family. */
    @NoFamilyData("a redirect to the logged-in family member's own family's consents")
    @GetMapping("/family-portal/consents")
    String ownConsents() {
        return "redirect:/family-portal/families/" + Me.current().familyId() + "/consents";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.consents")
    @GetMapping("/family-portal/families/{familyId}/consents")
    String consents(@PathVariable UUID familyId, Model model) {
        Me me = Me.current();
        FamilyDetails family = families.getFamily(me.familyId());
        List<ConsentView> mine = consents.forFamily(me.familyId()).stream()
                .filter(c -> me.childIds().contains(c.childId()))
                .toList();
        model.addAttribute("consents", mine);
        model.addAttribute("childNames", childNames(family));
        model.addAttribute(
                "guardianNames",
                family.guardians().stream()
                        .collect(Collectors.toMap(GuardianSummary::id, GuardianSummary::displayName)));
        model.addAttribute("providersOf", providersOf(mine));
        model.addAttribute("now", consents.now());
        model.addAttribute("today", consents.today());
        model.addAttribute("zone", consents.zone());
        model.addAttribute("familyId", me.familyId());
        model.addAttribute("isGuardian", me.guardian());
        model.addAttribute("guardianId", me.guardianId());
        return "familyportal/consents";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.consent.new")
    @GetMapping("/family-portal/families/{familyId}/consents/new")
    String newConsent(@PathVariable UUID familyId, Model model) {
        Me.currentGuardian();
        model.addAttribute("familyConsentForm", new FamilyConsentForm());
        return form(model);
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "family-portal.consent.give")
    @OneTimeForm
    @PostMapping("/family-portal/families/{familyId}/consents")
    String give(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute FamilyConsentForm familyConsentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.currentGuardian();
        if (familyConsentForm.getChildId() != null && !me.childIds().contains(familyConsentForm.getChildId())) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (!errors.hasErrors()) {
            consents.digitalProblems(me.familyId(), me.guardianId(), familyConsentForm.toConsent())
                    .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), null));
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        UUID id = consents.giveDigitally(me.familyId(), me.guardianId(), familyConsentForm.toConsent());
        redirect.addFlashAttribute(
                "saved",
                consents.getConsent(id).pending() ? "familyPortal.consent.givenPending" : "familyPortal.consent.given");
        return "redirect:/family-portal/families/" + me.familyId() + "/consents";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "consentId",
            action = AccessAction.CHANGE,
            what = "family-portal.consent.confirm")
    @OneTimeForm
    @PostMapping("/family-portal/consents/{consentId}/confirmation")
    String confirm(@PathVariable UUID consentId, RedirectAttributes redirect) {
        Me me = Me.currentGuardian();
        try {
            consents.confirm(me.familyId(), me.guardianId(), consentId);
        } catch (ConsentRefusedException e) {
            redirect.addFlashAttribute("notice", e.messageKey());
            return "redirect:/family-portal/families/" + me.familyId() + "/consents";
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "form.concurrentEdit");
            return "redirect:/family-portal/families/" + me.familyId() + "/consents";
        }
        redirect.addFlashAttribute(
                "saved",
                consents.getConsent(consentId).pending()
                        ? "familyPortal.consent.confirmedPending"
                        : "familyPortal.consent.confirmed");
        return "redirect:/family-portal/families/" + me.familyId() + "/consents";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "consentId",
            action = AccessAction.VIEW,
            what = "family-portal.consent.withdraw")
    @GetMapping("/family-portal/consents/{consentId}/withdrawal")
    String withdrawal(@PathVariable UUID consentId, Model model) {
        ConsentView consent = visible(consentId);
        FamilyConsentWithdrawalForm form = new FamilyConsentWithdrawalForm();
        form.setVersion(consent.version());
        model.addAttribute("familyConsentWithdrawalForm", form);
        return withdrawalPage(consent, model);
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "consentId",
            action = AccessAction.CHANGE,
            what = "family-portal.consent.withdraw")
    @PostMapping("/family-portal/consents/{consentId}/withdrawal")
    String withdraw(
            @PathVariable UUID consentId,
            @Valid @ModelAttribute FamilyConsentWithdrawalForm familyConsentWithdrawalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.currentGuardian();
        ConsentView consent = visible(consentId);
        if (errors.hasErrors()) {
            return withdrawalPage(consent, model);
        }
        try {
            consents.withdrawByGuardian(
                    me.familyId(), me.guardianId(), consentId, familyConsentWithdrawalForm.getVersion());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "form.concurrentEdit");
            return "redirect:/family-portal/families/" + me.familyId() + "/consents";
        }
        redirect.addFlashAttribute("saved", "familyPortal.consent.withdrawn");
        return "redirect:/family-portal/families/" + me.familyId() + "/consents";
    }

    /** The consent, if it is about a child the logged-in guardian may see; else not found. */
    private ConsentView visible(UUID consentId) {
        Me me = Me.currentGuardian();
        ConsentView consent = consents.getConsent(consentId);
        if (!consent.familyId().equals(me.familyId()) || !me.childIds().contains(consent.childId())) {
            throw new NotFoundException("consent");
        }
        return consent;
    }

    private String withdrawalPage(ConsentView consent, Model model) {
        model.addAttribute("consent", consent);
        model.addAttribute("childNames", childNames(families.getFamily(consent.familyId())));
        model.addAttribute("providersOf", providersOf(List.of(consent)));
        return "familyportal/consent-withdrawal";
    }

    private String form(Model model) {
        Me me = Me.currentGuardian();
        FamilyDetails family = families.getFamily(me.familyId());
        model.addAttribute("familyId", me.familyId());
        model.addAttribute(
                "childOptions",
                SelectOption.of(
                        family.children().stream()
                                .filter(c -> me.childIds().contains(c.id()))
                                .toList(),
                        ChildSummary::id,
                        ChildSummary::displayName));
        model.addAttribute(
                "providerOptions",
                SelectOption.of(
                        providers.allProviders().stream()
                                .sorted(Comparator.comparing(ProviderSummary::name))
                                .toList(),
                        ProviderSummary::id,
                        ProviderSummary::name));
        model.addAttribute("kinds", InformationKind.values());
        model.addAttribute(
                "otherGuardians",
                family.guardians().stream()
                        .filter(g -> g.parentalResponsibility() && !g.id().equals(me.guardianId()))
                        .map(GuardianSummary::displayName)
                        .toList());
        return "familyportal/consent-new";
    }

    /** For each consent, the names of the providers it names, in alphabetical order. */
    private Map<UUID, String> providersOf(List<ConsentView> list) {
        Map<UUID, String> names = providers.providerNames();
        return list.stream()
                .collect(Collectors.toMap(
                        ConsentView::id,
                        c -> c.providerIds().stream()
                                .map(id -> names.getOrDefault(id, ""))
                                .sorted()
                                .collect(Collectors.joining(", "))));
    }

    private static Map<UUID, String> childNames(FamilyDetails family) {
        return family.children().stream().collect(Collectors.toMap(ChildSummary::id, ChildSummary::displayName));
    }
}
