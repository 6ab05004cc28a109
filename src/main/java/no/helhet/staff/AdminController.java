package no.helhet.staff;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: user accounts and units, never case data. Guarded by role ADMIN. */
@Controller
class AdminController {

    private final StaffDirectory directory;
    private final SectorCatalogue sectors;
    private final List<ProviderChoices> providers;

    private final OidcStaffUserService externalLogins;

    AdminController(
            StaffDirectory directory,
            SectorCatalogue sectors,
            List<ProviderChoices> providers,
            OidcStaffUserService externalLogins) {
        this.directory = directory;
        this.externalLogins = externalLogins;
        this.sectors = sectors;
        this.providers = providers;
    }

    @ModelAttribute("roles")
    StaffRole[] roles() {
        return StaffRole.values();
    }

    @ModelAttribute("trainingStatuses")
    TrainingStatus[] trainingStatuses() {
        return TrainingStatus.values();
    }

    @NoFamilyData("staff accounts")
    @GetMapping("/admin/staff")
    String staff(Model model) {
        model.addAttribute("staffForm", new StaffForm());
        return staffPage(model);
    }

    @NoFamilyData("staff accounts")
    @OneTimeForm
    @PostMapping("/admin/staff")
    String registerStaff(
            @Valid @ModelAttribute StaffForm staffForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean providerContact = staffForm.getRole() == StaffRole.PROVIDER_CONTACT;
        if (providerContact) {
            if (staffForm.getServiceProviderId() == null
                    || providers.stream().noneMatch(p -> p.providerExists(staffForm.getServiceProviderId()))) {
                errors.rejectValue("serviceProviderId", "staff.provider.required");
            }
        } else if (staffForm.getUnitId() == null
                || directory
                        .findUnit(staffForm.getUnitId())
                        .filter(UnitSummary::active)
                        .isEmpty()) {
            errors.rejectValue("unitId", "staff.unit.unknown");
        }
        String externalId = staffForm.getExternalId() == null
                ? ""
                : staffForm.getExternalId().strip();
        if (!externalId.isEmpty() && externalLogins.externalIdTaken(externalId)) {
            errors.rejectValue("externalId", "staff.externalId.taken");
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = directory.registerStaffMember(new StaffDirectory.NewStaffMember(
                        staffForm.getUsername(),
                        staffForm.getPassword(),
                        staffForm.getFullName(),
                        staffForm.getRole(),
                        providerContact ? null : staffForm.getUnitId(),
                        providerContact ? staffForm.getServiceProviderId() : null,
                        staffForm.getEmail(),
                        staffForm.getPhone(),
                        staffForm.getTrainingStatus()));
                if (!externalId.isEmpty()) {
                    externalLogins.linkExternalLogin(id, externalId);
                }
                redirect.addFlashAttribute("saved", "admin.saved");
                return "redirect:/admin/staff";
            } catch (StaffDirectory.UsernameTakenException e) {
                errors.rejectValue("username", "staff.username.taken");
            }
        }
        staffForm.setPassword(null);
        return staffPage(model);
    }

    @NoFamilyData("units")
    @GetMapping("/admin/units")
    String units(Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return unitsPage(model);
    }

    @NoFamilyData("units")
    @OneTimeForm
    @PostMapping("/admin/units")
    String registerUnit(
            @Valid @ModelAttribute UnitForm unitForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (unitForm.getSectorCode() != null
                && sectors.find(unitForm.getSectorCode()).isEmpty()) {
            errors.rejectValue("sectorCode", "staff.sector.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                directory.registerUnit(
                        unitForm.getName(),
                        unitForm.getSectorCode(),
                        unitForm.isCoordinatingUnit(),
                        unitForm.coordinatorCapacityValue());
                redirect.addFlashAttribute("saved", "admin.saved");
                return "redirect:/admin/units";
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("name", "staff.unit.nameTaken");
            }
        }
        return unitsPage(model);
    }

    private String staffPage(Model model) {
        model.addAttribute("staff", directory.allStaff());
        model.addAttribute("unitOptions", SelectOption.of(directory.activeUnits(), UnitSummary::id, UnitSummary::name));
        model.addAttribute(
                "providerOptions",
                providers.stream().flatMap(p -> p.providerOptions().stream()).toList());
        return "staff/staff";
    }

    private String unitsPage(Model model) {
        model.addAttribute("units", directory.units());
        model.addAttribute(
                "sectorOptions",
                SelectOption.of(sectors.all(), Sector::code, sector -> sector.name(LocaleContextHolder.getLocale())));
        return "staff/units";
    }
}
