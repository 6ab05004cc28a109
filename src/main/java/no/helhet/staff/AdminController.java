package no.helhet.staff;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.helhet.shared.ListSort;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.PageSlice;
import no.helhet.shared.SelectOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: user accounts and units, never case data. Guarded by role ADMIN. */
@Controller
class AdminController {

    private final StaffDirectory directory;
    private final SectorCatalogue sectors;
    private final List<ProviderChoices> providers;

    private final OidcStaffUserService externalLogins;
    private final AdminLists lists;
    private final int pageSize;

    AdminController(
            StaffDirectory directory,
            SectorCatalogue sectors,
            List<ProviderChoices> providers,
            OidcStaffUserService externalLogins,
            AdminLists lists,
            @Value("${helhet.page-size}") int pageSize) {
        this.directory = directory;
        this.lists = lists;
        this.pageSize = pageSize;
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
    String staff(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("staffForm", new StaffForm());
        return staffPage(model, AdminLists.STAFF_SORTS.parse(sort, dir), page);
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
        return staffPage(model, AdminLists.STAFF_SORTS.defaultSort(), 0);
    }

    @NoFamilyData("units")
    @GetMapping("/admin/units")
    String units(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return unitsPage(model, AdminLists.UNIT_SORTS.parse(sort, dir), page);
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
        return unitsPage(model, AdminLists.UNIT_SORTS.defaultSort(), 0);
    }

    private String staffPage(Model model, ListSort sort, int page) {
        int p = Math.max(0, page);
        ListSort listSort = sort.at("/admin/staff", p);
        PageSlice<StaffSummary> slice = lists.staff(listSort, p, pageSize);
        model.addAttribute("staff", slice.items());
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("unitOptions", SelectOption.of(directory.activeUnits(), UnitSummary::id, UnitSummary::name));
        model.addAttribute(
                "providerOptions",
                providers.stream()
                        .flatMap(choices -> choices.providerOptions().stream())
                        .toList());
        return "staff/staff";
    }

    private String unitsPage(Model model, ListSort sort, int page) {
        int p = Math.max(0, page);
        ListSort listSort = sort.at("/admin/units", p);
        PageSlice<UnitSummary> slice = lists.units(listSort, p, pageSize);
        model.addAttribute("units", slice.items());
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute(
                "sectorOptions",
                SelectOption.of(sectors.all(), Sector::code, sector -> sector.name(LocaleContextHolder.getLocale())));
        return "staff/units";
    }
}
