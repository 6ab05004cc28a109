package no.helhet.plan;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a plan, the plan page, writing its sections and frame, approving it, and the changes since a version. */
@Controller
class PlanController {

    /** The answer to htmx: the section's saved state only (a conflict or an error too: htmx swaps only 2xx). */
    private static final String STATE = "plan/section-state :: state";

    private final PlanService plans;
    private final PlanPage page;
    private final FamilyService families;

    PlanController(PlanService plans, PlanPage page, FamilyService families) {
        this.plans = plans;
        this.page = page;
        this.families = families;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "plan.start")
    @GetMapping("/families/{familyId}/plans/new")
    String startForm(@PathVariable UUID familyId, @RequestParam UUID childId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        ChildSummary child = family.children().stream()
                .filter(c -> c.id().equals(childId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child"));
        var existing = plans.findForChild(childId);
        if (existing.isPresent()) {
            return "redirect:/plans/" + existing.get().id();
        }
        model.addAttribute("family", family);
        model.addAttribute("child", child);
        model.addAttribute("consents", plans.coveringConsents(familyId, childId));
        return "plan/start";
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.CHANGE, what = "plan.start")
    @OneTimeForm
    @PostMapping("/families/{familyId}/plans")
    String start(
            @PathVariable UUID familyId,
            @RequestParam UUID childId,
            @RequestParam(required = false) UUID leadStaffId,
            RedirectAttributes redirect) {
        if (families.getFamily(familyId).children().stream().noneMatch(c -> c.id().equals(childId))) {
            throw new NotFoundException("child");
        }
        try {
            UUID planId = plans.startPlan(familyId, childId, leadStaffId);
            redirect.addFlashAttribute("saved", "plan.started");
            return "redirect:/plans/" + planId;
        } catch (PlanExistsException e) {
            redirect.addFlashAttribute("notice", "plan.exists");
            return "redirect:/plans/" + e.planId();
        } catch (PlanConsentMissingException e) {
            return "redirect:/families/" + familyId + "/plans/new?childId=" + childId;
        }
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.VIEW, what = "plan.page")
    @GetMapping("/plans/{planId}")
    String show(@PathVariable UUID planId, Model model) {
        return page.show(planId, model);
    }

    /**
     * Saves one section. From htmx (when a field is left) the answer is the section's saved state
     * only; from a plain form, the page again.
     */
    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.section")
    @PostMapping("/plans/{planId}/sections/{section}")
    String writeSection(
            @PathVariable UUID planId,
            @PathVariable PlanSection section,
            @Valid @ModelAttribute SectionForm sectionForm,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        boolean partial = htmx != null;
        model.addAttribute("conflictSection", section);
        model.addAttribute("mine", sectionForm.getText());
        model.addAttribute("mineObtainedOn", sectionForm.getObtainedOn());
        if (errors.hasErrors()) {
            String error =
                    errors.hasFieldErrors("obtainedOn") ? "plan.voice.obtainedOn.invalid" : "plan.section.tooLong";
            model.addAttribute("sectionError", error);
            model.addAttribute("stateError", error);
            model.addAttribute("stateVersion", sectionForm.getVersion());
            return partial ? STATE : page.show(planId, model);
        }
        try {
            PlanText saved = plans.writeSection(
                    planId, section, sectionForm.getText(), sectionForm.getObtainedOn(), sectionForm.getVersion());
            if (partial) {
                model.addAttribute("stateVersion", saved.version());
                model.addAttribute("stateSaved", saved.modifiedAt().atZone(plans.zone()));
                return STATE;
            }
            redirect.addFlashAttribute("saved", "plan.saved");
            return "redirect:/plans/" + planId + "#section-" + section.name();
        } catch (SectionConflictException e) {
            model.addAttribute("conflict", e.current());
            model.addAttribute("stateConflict", e.current());
            model.addAttribute(
                    "stateVersion", e.current() == null ? null : e.current().version());
            return partial ? STATE : page.show(planId, model);
        }
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.frame")
    @PostMapping("/plans/{planId}/frame")
    String setFrame(
            @PathVariable UUID planId,
            @Valid @ModelAttribute FrameForm frameForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (frameForm.getPeriodFrom() != null
                && frameForm.getPeriodUntil() != null
                && frameForm.getPeriodUntil().isBefore(frameForm.getPeriodFrom())) {
            errors.rejectValue("periodUntil", "plan.period.untilBeforeFrom");
        }
        if (frameForm.getVersion() == null) {
            errors.reject("form.concurrentEdit");
        }
        if (!errors.hasErrors()) {
            try {
                plans.setFrame(
                        planId,
                        new PlanService.Frame(
                                frameForm.getLeadStaffId(),
                                frameForm.getPeriodFrom(),
                                frameForm.getPeriodUntil(),
                                frameForm.getNextEvaluationOn(),
                                frameForm.getRevisionOn()),
                        frameForm.getVersion());
                redirect.addFlashAttribute("saved", "plan.saved");
                return "redirect:/plans/" + planId;
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        return page.show(planId, model);
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.approve")
    @PostMapping("/plans/{planId}/approval")
    String approve(@PathVariable UUID planId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            plans.approve(planId, version);
            redirect.addFlashAttribute("saved", "plan.approved");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "form.concurrentEdit");
        }
        return "redirect:/plans/" + planId;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.VIEW, what = "plan.changes")
    @GetMapping("/plans/{planId}/changes")
    String changes(@PathVariable UUID planId, @RequestParam(required = false) Integer since, Model model) {
        IndividualPlan plan = plans.getPlan(planId);
        int from = since != null ? since : plan.approvedVersion();
        model.addAttribute("plan", plan);
        model.addAttribute("family", families.getFamily(plan.familyId()));
        model.addAttribute("since", from);
        model.addAttribute("changes", from > 0 ? plans.changesSince(planId, from) : java.util.List.of());
        model.addAttribute("log", plans.changeLog(planId));
        model.addAttribute("zone", plans.zone());
        return "plan/changes";
    }
}
