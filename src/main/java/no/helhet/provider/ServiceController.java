package no.helhet.provider;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.provider.ServicePicture.NewService;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import no.helhet.staff.Sector;
import no.helhet.staff.SectorCatalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording what a child receives, has applied for, or needs: the coordinating unit or the appointed coordinator. */
@Controller
class ServiceController {

    private final ServicePicture services;
    private final ProviderRegister providers;
    private final FamilyService families;
    private final ChildOptions childOptions;
    private final SectorCatalogue sectors;

    ServiceController(
            ServicePicture services,
            ProviderRegister providers,
            FamilyService families,
            ChildOptions childOptions,
            SectorCatalogue sectors) {
        this.services = services;
        this.providers = providers;
        this.families = families;
        this.childOptions = childOptions;
        this.sectors = sectors;
    }

    @ModelAttribute("statuses")
    ServiceStatus[] statuses() {
        return ServiceStatus.values();
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "service.new")
    @GetMapping("/families/{familyId}/services/new")
    String newService(@PathVariable UUID familyId, Model model) {
        model.addAttribute("serviceForm", new ServiceForm());
        return page(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "service.record")
    @OneTimeForm
    @PostMapping("/families/{familyId}/services")
    String recordService(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ServiceForm serviceForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyDetails family = families.getFamily(familyId);
        if (serviceForm.getChildId() != null
                && family.children().stream().noneMatch(c -> c.id().equals(serviceForm.getChildId()))) {
            errors.rejectValue("childId", "service.child.unknown");
        }
        if (serviceForm.getStatus() != null
                && serviceForm.getStatus() != ServiceStatus.UNMET_NEED
                && serviceForm.getProviderId() == null) {
            errors.rejectValue("providerId", "service.provider.required");
        }
        if (serviceForm.getProviderId() == null
                && (serviceForm.getSectorCode() == null
                        || sectors.find(serviceForm.getSectorCode()).isEmpty())) {
            errors.rejectValue("sectorCode", "service.sector.required");
        }
        if (serviceForm.getStartsOn() != null
                && serviceForm.getEndsOn() != null
                && serviceForm.getEndsOn().isBefore(serviceForm.getStartsOn())) {
            errors.rejectValue("endsOn", "service.period.invalid");
        }
        if (errors.hasErrors()) {
            return page(familyId, model);
        }
        services.recordService(
                familyId,
                new NewService(
                        serviceForm.getChildId(),
                        serviceForm.getProviderId(),
                        serviceForm.getSectorCode(),
                        serviceForm.getStatus(),
                        serviceForm.getDescription(),
                        serviceForm.getStartsOn(),
                        serviceForm.getEndsOn()));
        redirect.addFlashAttribute("saved", "service.registered");
        return "redirect:/families/" + familyId;
    }

    private String page(UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("childOptions", childOptions.of(family.children()));
        model.addAttribute(
                "providerOptions",
                SelectOption.of(providers.allProviders(), ProviderSummary::id, ProviderSummary::name));
        model.addAttribute(
                "sectorOptions",
                SelectOption.of(sectors.all(), Sector::code, s -> s.name(LocaleContextHolder.getLocale())));
        return "provider/service-new";
    }
}
