package no.helhet.provider;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.shared.ListSort;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import no.helhet.staff.Sector;
import no.helhet.staff.SectorCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of service providers. It holds no family data (so it needs no access-log record);
 * every staff member may read it, and the coordinating unit and administrators change it.
 */
@Controller
class ProviderController {

    private final ProviderRegister register;
    private final SectorCatalogue sectors;
    private final int pageSize;

    ProviderController(ProviderRegister register, SectorCatalogue sectors, @Value("${helhet.page-size}") int pageSize) {
        this.register = register;
        this.sectors = sectors;
        this.pageSize = pageSize;
    }

    @ModelAttribute("ownerTypes")
    OwnerType[] ownerTypes() {
        return OwnerType.values();
    }

    @ModelAttribute("sectorOptions")
    java.util.List<SelectOption> sectorOptions() {
        return SelectOption.of(sectors.all(), Sector::code, s -> s.name(LocaleContextHolder.getLocale()));
    }

    @NoFamilyData("the provider register")
    @GetMapping("/providers")
    String list(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(0, page);
        ListSort listSort = ProviderRegister.SORTS.parse(sort, dir).at("/providers", p);
        model.addAttribute("providers", register.page(listSort, p, pageSize));
        model.addAttribute("sort", listSort);
        return "provider/list";
    }

    @NoFamilyData("the provider register")
    @GetMapping("/providers/new")
    String newProvider(Model model) {
        model.addAttribute("providerForm", new ProviderForm());
        return "provider/new";
    }

    @NoFamilyData("the provider register")
    @OneTimeForm
    @PostMapping("/providers")
    String registerProvider(@Valid @ModelAttribute ProviderForm providerForm, BindingResult errors) {
        ProviderDetails details = details(providerForm, errors);
        if (errors.hasErrors()) {
            return "provider/new";
        }
        return "redirect:/providers/" + register.registerProvider(details, null);
    }

    @NoFamilyData("the provider register")
    @GetMapping("/providers/{providerId}")
    String show(@PathVariable UUID providerId, Model model) {
        ProviderSummary provider = register.getProvider(providerId);
        model.addAttribute("providerForm", ProviderForm.of(provider));
        ProviderContactForm contact = new ProviderContactForm();
        contact.setVersion(provider.version());
        model.addAttribute("providerContactForm", contact);
        model.addAttribute("provider", provider);
        return "provider/show";
    }

    @NoFamilyData("the provider register")
    @PostMapping("/providers/{providerId}")
    String changeProvider(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute ProviderForm providerForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderSummary provider = register.getProvider(providerId);
        ProviderDetails details = details(providerForm, errors);
        if (!errors.hasErrors()) {
            try {
                register.changeProvider(providerId, providerForm.getVersion(), details);
                redirect.addFlashAttribute("saved", "admin.saved");
                return "redirect:/providers/" + providerId;
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        ProviderContactForm contact = new ProviderContactForm();
        contact.setVersion(provider.version());
        model.addAttribute("providerContactForm", contact);
        model.addAttribute("provider", provider);
        return "provider/show";
    }

    @NoFamilyData("the provider register and its contacts")
    @OneTimeForm
    @PostMapping("/providers/{providerId}/contacts")
    String addContact(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute ProviderContactForm providerContactForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderSummary provider = register.getProvider(providerId);
        if (!errors.hasErrors()) {
            try {
                register.addContact(
                        providerId,
                        providerContactForm.getVersion(),
                        new ProviderContact(
                                providerContactForm.getName(),
                                providerContactForm.getRole(),
                                providerContactForm.getPhone(),
                                providerContactForm.getEmail()));
                redirect.addFlashAttribute("saved", "admin.saved");
                return "redirect:/providers/" + providerId;
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        model.addAttribute("providerForm", ProviderForm.of(provider));
        model.addAttribute("provider", provider);
        return "provider/show";
    }

    private ProviderDetails details(ProviderForm f, BindingResult errors) {
        String number = OrganisationNumber.normalise(f.getOrganisationNumber());
        if (f.getOrganisationNumber() != null && number == null) {
            errors.rejectValue("organisationNumber", "provider.organisationNumber.invalid");
        }
        if (f.getSectorCode() != null && sectors.find(f.getSectorCode()).isEmpty()) {
            errors.rejectValue("sectorCode", "staff.sector.unknown");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProviderDetails(
                f.getName(), number, f.getOwnerType(), f.getSectorCode(), f.getLaw(), f.getAddress());
    }
}
