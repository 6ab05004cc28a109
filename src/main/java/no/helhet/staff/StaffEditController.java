package no.helhet.staff;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The administrator changes and deactivates accounts and units, sends a one-time link to set a new
 * password, and sees who holds which role. Guarded by role ADMIN; no case data.
 */
@Controller
class StaffEditController {

    private final StaffAdministration administration;
    private final StaffDirectory directory;
    private final SectorCatalogue sectors;
    private final PasswordResets resets;

    StaffEditController(
            StaffAdministration administration,
            StaffDirectory directory,
            SectorCatalogue sectors,
            PasswordResets resets) {
        this.administration = administration;
        this.directory = directory;
        this.sectors = sectors;
        this.resets = resets;
    }

    @NoFamilyData("staff accounts")
    @GetMapping("/admin/staff/{staffId}")
    String editStaff(@PathVariable UUID staffId, Model model) {
        StaffMember member = administration.getStaffMember(staffId);
        model.addAttribute("staffEditForm", StaffEditForm.of(member));
        return staffPage(member, model);
    }

    @NoFamilyData("staff accounts")
    @PostMapping("/admin/staff/{staffId}")
    String changeStaff(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute StaffEditForm staffEditForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = administration.getStaffMember(staffId);
        boolean wasProviderContact = member.role() == StaffRole.PROVIDER_CONTACT;
        if (staffEditForm.getRole() != null
                && (staffEditForm.getRole() == StaffRole.PROVIDER_CONTACT) != wasProviderContact) {
            errors.rejectValue("role", "staff.role.providerContactFixed");
        }
        if (!wasProviderContact
                && (staffEditForm.getUnitId() == null
                        || directory.findUnit(staffEditForm.getUnitId()).isEmpty())) {
            errors.rejectValue("unitId", "staff.unit.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                administration.changeStaffMember(staffId, staffEditForm);
                redirect.addFlashAttribute("saved", "admin.staff.changed");
                return "redirect:/admin/staff";
            } catch (StaffAdministration.LastHolderException e) {
                errors.reject("staff.lastHolder." + e.role());
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        return staffPage(member, model);
    }

    @NoFamilyData("staff accounts")
    @OneTimeForm
    @PostMapping("/admin/staff/{staffId}/password-reset")
    String sendPasswordReset(@PathVariable UUID staffId, Model model, RedirectAttributes redirect) {
        StaffMember member = administration.getStaffMember(staffId);
        if (!member.active() || member.email() == null || member.email().isBlank()) {
            model.addAttribute("staffEditForm", StaffEditForm.of(member));
            model.addAttribute("resetRefused", "admin.reset.noEmail");
            return staffPage(member, model);
        }
        boolean sent = resets.send(member, LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("saved", sent ? "admin.reset.sent" : "admin.reset.notSent");
        return "redirect:/admin/staff/" + staffId;
    }

    @NoFamilyData("units")
    @GetMapping("/admin/units/{unitId}")
    String editUnit(@PathVariable UUID unitId, Model model) {
        Unit unit = administration.getUnit(unitId);
        model.addAttribute("unitEditForm", UnitEditForm.of(unit));
        return unitPage(unit, model);
    }

    @NoFamilyData("units")
    @PostMapping("/admin/units/{unitId}")
    String changeUnit(
            @PathVariable UUID unitId,
            @Valid @ModelAttribute UnitEditForm unitEditForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = administration.getUnit(unitId);
        if (unitEditForm.getSectorCode() != null
                && sectors.find(unitEditForm.getSectorCode()).isEmpty()) {
            errors.rejectValue("sectorCode", "staff.sector.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                administration.changeUnit(unitId, unitEditForm);
                redirect.addFlashAttribute("saved", "admin.unit.changed");
                return "redirect:/admin/units";
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("name", "staff.unit.nameTaken");
            }
        }
        return unitPage(unit, model);
    }

    @NoFamilyData("roles and who holds them")
    @GetMapping("/admin/roles")
    String roles(Model model) {
        List<StaffSummary> staff = directory.allStaff();
        model.addAttribute(
                "holders",
                Arrays.stream(StaffRole.values())
                        .map(role -> new RoleHolders(
                                role,
                                staff.stream().filter(s -> s.role() == role).toList()))
                        .toList());
        return "staff/roles";
    }

    private String staffPage(StaffMember member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("trainingStatuses", TrainingStatus.values());
        model.addAttribute(
                "unitOptions",
                SelectOption.of(
                        directory.units().stream()
                                .filter(u -> u.active() || u.id().equals(member.unitId()))
                                .toList(),
                        UnitSummary::id,
                        UnitSummary::name));
        return "staff/staff-edit";
    }

    private String unitPage(Unit unit, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("unit", unit);
        model.addAttribute("sectorOptions", SelectOption.of(sectors.all(), Sector::code, s -> s.name(locale)));
        return "staff/unit-edit";
    }

    /** A role and the accounts that hold it, active or not. */
    record RoleHolders(StaffRole role, List<StaffSummary> staff) {}
}
