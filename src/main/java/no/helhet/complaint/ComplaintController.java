package no.helhet.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.complaint.ComplaintService.NewComplaint;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.shared.FormDraft;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import no.helhet.staff.CurrentStaff;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a complaint (the coordinating unit) and reading it (also the appointed coordinator).
 * A refused upload (not a PDF, too large, encrypted) is shown next to the field, the rest of the
 * form kept.
 */
@Controller
class ComplaintController {

    private final ComplaintService complaints;
    private final ConcernedLetters concerns;
    private final ScanCheck scanCheck;
    private final FamilyService families;
    private final ComplaintPage page;
    private final ComplaintDrafts drafts;

    /** The answer to htmx: the draft's saved state only. */
    private static final String DRAFT_STATE = "fragments/draft :: state";

    ComplaintController(
            ComplaintService complaints,
            ConcernedLetters concerns,
            ScanCheck scanCheck,
            FamilyService families,
            ComplaintPage page,
            ComplaintDrafts drafts) {
        this.drafts = drafts;
        this.complaints = complaints;
        this.concerns = concerns;
        this.scanCheck = scanCheck;
        this.families = families;
        this.page = page;
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.VIEW, what = "complaint.new")
    @GetMapping("/families/{familyId}/complaints/new")
    String newComplaint(@PathVariable UUID familyId, Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setReceivedOn(complaints.today());
        drafts.find(familyId, CurrentStaff.username()).ifPresent(saved -> {
            saved.draft().restoreInto(form);
            model.addAttribute("draftSaved", saved.savedAt());
        });
        model.addAttribute("complaintForm", form);
        return form(families.getFamily(familyId), model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "complaint.register")
    @OneTimeForm
    @PostMapping("/families/{familyId}/complaints")
    String register(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ComplaintForm complaintForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyDetails family = families.getFamily(familyId);
        Optional<Concern> concern = concerns.find(familyId, complaintForm.getConcerns());
        if (complaintForm.getConcerns() != null && !complaintForm.getConcerns().isBlank() && concern.isEmpty()) {
            errors.rejectValue("concerns", "complaint.concerns.required");
        }
        checkComplainant(complaintForm, family, errors);
        byte[] scan = scan(complaintForm.getScan(), errors);
        if (!errors.hasFieldErrors("text")
                && scan == null
                && !errors.hasFieldErrors("scan")
                && (complaintForm.getText() == null || complaintForm.getText().isBlank())) {
            errors.rejectValue("text", "complaint.textOrScan.required");
        }
        if (concern.isPresent()
                && complaintForm.getReceivedOn() != null
                && concern.get()
                        .deadline()
                        .map(d -> d.lateOn(complaintForm.getReceivedOn()))
                        .orElse(false)
                && (complaintForm.getLateReason() == null
                        || complaintForm.getLateReason().isBlank())) {
            errors.rejectValue("lateReason", "complaint.lateReason.required");
        }
        if (errors.hasErrors()) {
            return form(family, model);
        }
        UUID id = complaints.register(
                familyId,
                new NewComplaint(
                        complaintForm.getKind(),
                        complaintForm.getReceivedOn(),
                        complaintForm.getComplainantKind(),
                        complaintForm.getGuardianId(),
                        complaintForm.getRepresentativeName(),
                        complaintForm.getAuthority(),
                        concern.orElseThrow(),
                        complaintForm.getText(),
                        scan == null ? null : fileName(complaintForm.getScan()),
                        scan,
                        complaintForm.isHelpedByKe(),
                        complaintForm.getLateReason()));
        drafts.delete(familyId, CurrentStaff.username());
        redirect.addFlashAttribute("saved", "complaint.registered");
        return "redirect:/complaints/" + id;
    }

    /**
     * Saves the user's draft of the complaint when a field is left (htmx, ADR 0013): whatever is
     * typed, complete or not, within the input bounds, never the scanned letter; answers with the
     * draft's saved state only.
     */
    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.CHANGE, what = "complaint.draft")
    @PostMapping("/families/{familyId}/complaints/draft")
    String saveDraft(@PathVariable UUID familyId, HttpServletRequest request, Model model) {
        Optional<FormDraft> draft = FormDraft.of(request.getParameterMap(), ComplaintForm::new);
        if (draft.isEmpty()) {
            model.addAttribute("draftError", "draft.invalid");
            return DRAFT_STATE;
        }
        model.addAttribute("draftSaved", drafts.save(familyId, CurrentStaff.username(), draft.get()));
        return DRAFT_STATE;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "complaintId", action = AccessAction.VIEW, what = "complaint")
    @GetMapping("/complaints/{complaintId}")
    String show(@PathVariable UUID complaintId, Model model) {
        return page.show(complaints.getComplaint(complaintId), model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "complaintId",
            action = AccessAction.DOWNLOAD,
            what = "complaint.scan")
    @GetMapping("/complaints/{complaintId}/scan")
    ResponseEntity<byte[]> scan(@PathVariable UUID complaintId) {
        ComplaintScans.Scan scan = complaints.scan(complaintId).orElseThrow(() -> new NotFoundException("scan"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(scan.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(scan.content());
    }

    private void checkComplainant(ComplaintForm form, FamilyDetails family, BindingResult errors) {
        if (form.getComplainantKind() == ComplainantKind.GUARDIAN
                && (form.getGuardianId() == null
                        || family.guardians().stream().noneMatch(g -> g.id().equals(form.getGuardianId())))) {
            errors.rejectValue("guardianId", "complaint.guardian.required");
        }
        if (form.getComplainantKind() == ComplainantKind.REPRESENTATIVE) {
            if (form.getRepresentativeName() == null
                    || form.getRepresentativeName().isBlank()) {
                errors.rejectValue("representativeName", "complaint.representative.required");
            }
            if (form.getAuthority() == null || form.getAuthority().isBlank()) {
                errors.rejectValue("authority", "complaint.authority.required");
            }
        }
    }

    /** The checked scan, or {@code null} when none was uploaded or it is refused (then an error on the field). */
    private byte[] scan(MultipartFile file, BindingResult errors) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            byte[] content = file.getBytes();
            Optional<String> problem = scanCheck.problem(content);
            if (problem.isPresent()) {
                errors.rejectValue(
                        "scan", problem.get(), new Object[] {scanCheck.maxSize().toMegabytes()}, null);
                return null;
            }
            return content;
        } catch (IOException e) {
            errors.rejectValue("scan", "complaint.scan.notPdf");
            return null;
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "klage.pdf";
        }
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private String form(FamilyDetails family, Model model) {
        List<Concern> options = concerns.of(family.id());
        model.addAttribute("family", family);
        model.addAttribute("concerns", options);
        model.addAttribute(
                "guardianOptions",
                no.helhet.shared.SelectOption.of(
                        family.guardians(),
                        no.helhet.family.GuardianSummary::id,
                        no.helhet.family.GuardianSummary::displayName));
        model.addAttribute("today", complaints.today());
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("complainantKinds", ComplainantKind.values());
        model.addAttribute("maxScanMegabytes", scanCheck.maxSize().toMegabytes());
        return "complaint/new";
    }
}
