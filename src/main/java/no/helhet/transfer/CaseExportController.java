package no.helhet.transfer;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentChangeService;
import no.helhet.appointment.AppointmentRefusedException;
import no.helhet.appointment.AppointmentView;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.OneTimeForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving away: the consent and the export for the new municipality, and its downloads. */
@Controller
class CaseExportController {

    private final CaseExportService exports;
    private final AppointmentChangeService appointments;
    private final FamilyService families;

    CaseExportController(CaseExportService exports, AppointmentChangeService appointments, FamilyService families) {
        this.exports = exports;
        this.appointments = appointments;
        this.families = families;
    }

    @ModelAttribute("consentGivers")
    ExportConsentGiver[] consentGivers() {
        return ExportConsentGiver.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "appointmentId", action = AccessAction.VIEW, what = "transfer.form")
    @GetMapping("/appointments/{appointmentId}/move")
    String moveForm(@PathVariable UUID appointmentId, Model model) {
        AppointmentView appointment = appointments.getAppointment(appointmentId);
        CaseExportForm form = new CaseExportForm();
        form.setVersion(appointment.version());
        model.addAttribute("caseExportForm", form);
        return page(appointment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "appointmentId",
            action = AccessAction.CHANGE,
            what = "transfer.export")
    @OneTimeForm
    @PostMapping("/appointments/{appointmentId}/move")
    String move(
            @PathVariable UUID appointmentId,
            @Valid @ModelAttribute CaseExportForm caseExportForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AppointmentView appointment = appointments.getAppointment(appointmentId);
        if (errors.hasErrors()) {
            return page(appointment, model);
        }
        UUID exportId;
        try {
            exportId = exports.exportCase(
                    appointmentId,
                    caseExportForm.getVersion(),
                    caseExportForm.getNewMunicipality(),
                    caseExportForm.getConsentGivenBy(),
                    caseExportForm.getConsentGivenOn());
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return page(appointment, model);
        } catch (AppointmentRefusedException e) {
            errors.reject(e.messageKey());
            return page(appointment, model);
        }
        redirect.addFlashAttribute("saved", "transfer.saved");
        return "redirect:/case-exports/" + exportId;
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "caseExportId", action = AccessAction.VIEW, what = "transfer.show")
    @GetMapping("/case-exports/{caseExportId}")
    String show(@PathVariable UUID caseExportId, Model model) {
        CaseExport export = exports.getExport(caseExportId);
        model.addAttribute("export", export);
        model.addAttribute(
                "familyName", families.displayNames(Set.of(export.familyId())).get(export.familyId()));
        return "transfer/export";
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "caseExportId", action = AccessAction.VIEW, what = "transfer.json")
    @GetMapping("/case-exports/{caseExportId}/case.json")
    ResponseEntity<byte[]> json(@PathVariable UUID caseExportId) {
        return download(
                exports.json(caseExportId).getBytes(StandardCharsets.UTF_8),
                "sak-" + caseExportId + ".json",
                MediaType.APPLICATION_JSON);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "caseExportId", action = AccessAction.VIEW, what = "transfer.pdf")
    @GetMapping("/case-exports/{caseExportId}/case.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID caseExportId) {
        return download(exports.pdf(caseExportId), "sak-" + caseExportId + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String page(AppointmentView appointment, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute(
                "familyName",
                families.displayNames(Set.of(appointment.familyId())).get(appointment.familyId()));
        model.addAttribute("current", appointments.isCurrent(appointment));
        return "transfer/move";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
