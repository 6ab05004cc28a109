package no.helhet.plan;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's items: participants, goals, measures and evaluations. */
@Controller
class PlanItemController {

    private final PlanService plans;
    private final PlanPage page;

    PlanItemController(PlanService plans, PlanPage page) {
        this.plans = plans;
        this.page = page;
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "planId",
            action = AccessAction.CHANGE,
            what = "plan.participant")
    @OneTimeForm
    @PostMapping("/plans/{planId}/participants")
    String addParticipant(
            @PathVariable UUID planId,
            @Valid @ModelAttribute ParticipantForm participantForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(planId, model);
        }
        plans.addParticipant(
                planId,
                participantForm.getName(),
                participantForm.getParticipantProviderId(),
                participantForm.getRole(),
                participantForm.getContribution());
        return saved(planId, redirect, "participants");
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.goal")
    @OneTimeForm
    @PostMapping("/plans/{planId}/goals")
    String addGoal(
            @PathVariable UUID planId,
            @Valid @ModelAttribute GoalForm goalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(planId, model);
        }
        plans.addGoal(planId, goalForm.getText());
        return saved(planId, redirect, "goals");
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.measure")
    @OneTimeForm
    @PostMapping("/plans/{planId}/measures")
    String addMeasure(
            @PathVariable UUID planId,
            @Valid @ModelAttribute MeasureForm measureForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (measureForm.getStartsOn() != null
                && measureForm.getEndsOn() != null
                && measureForm.getEndsOn().isBefore(measureForm.getStartsOn())) {
            errors.rejectValue("endsOn", "plan.measure.endsBeforeStart");
        }
        if (errors.hasErrors()) {
            return page.show(planId, model);
        }
        try {
            plans.addMeasure(
                    planId,
                    new PlanService.NewMeasure(
                            measureForm.getGoalId(),
                            measureForm.getDescription(),
                            measureForm.getExtent(),
                            measureForm.getHow(),
                            measureForm.getProviderId(),
                            measureForm.getResponsiblePerson(),
                            measureForm.getServiceId(),
                            measureForm.getStartsOn(),
                            measureForm.getEndsOn()));
        } catch (NotFoundException e) {
            errors.rejectValue("goalId", "plan.goal.unknown");
            return page.show(planId, model);
        }
        return saved(planId, redirect, "goals");
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "planId",
            action = AccessAction.CHANGE,
            what = "plan.measure.remove")
    @PostMapping("/plans/{planId}/measures/{measureId}/removal")
    String removeMeasure(@PathVariable UUID planId, @PathVariable UUID measureId, RedirectAttributes redirect) {
        if (plans.removeMeasure(planId, measureId)) {
            return saved(planId, redirect, "goals");
        }
        redirect.addFlashAttribute("notice", "plan.measure.evaluatedKept");
        return "redirect:/plans/" + planId + "#goals";
    }

    /**
     * Changes a measure's status. From htmx (when a status is chosen) the answer is the status form
     * again, saved or with the conflict; from a plain form, the page.
     */
    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "planId",
            action = AccessAction.CHANGE,
            what = "plan.measure.status")
    @PostMapping("/plans/{planId}/measures/{measureId}/status")
    String setMeasureStatus(
            @PathVariable UUID planId,
            @PathVariable UUID measureId,
            @RequestParam MeasureStatus status,
            @RequestParam int version,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        String outcome;
        try {
            plans.setMeasureStatus(planId, measureId, status, version);
            outcome = "plan.saved";
        } catch (OptimisticLockingFailureException e) {
            outcome = "form.concurrentEdit";
        }
        if (htmx != null) {
            model.addAttribute("m", plans.measure(planId, measureId));
            model.addAttribute("statuses", MeasureStatus.values());
            model.addAttribute("statusOutcome", outcome);
            return "plan/measure-status :: status";
        }
        if (outcome.equals("plan.saved")) {
            return saved(planId, redirect, "goals");
        }
        redirect.addFlashAttribute("notice", outcome);
        return "redirect:/plans/" + planId + "#goals";
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "planId", action = AccessAction.CHANGE, what = "plan.evaluate")
    @OneTimeForm
    @PostMapping("/plans/{planId}/evaluations")
    String evaluate(
            @PathVariable UUID planId,
            @Valid @ModelAttribute EvaluationForm evaluationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (evaluationForm.getEvaluatedGoalId() == null && evaluationForm.getEvaluatedMeasureId() == null) {
            errors.rejectValue("evaluatedGoalId", "plan.evaluation.what");
        }
        if (errors.hasErrors()) {
            return page.show(planId, model);
        }
        try {
            plans.evaluate(
                    planId,
                    new PlanService.Evaluation(
                            evaluationForm.getEvaluatedMeasureId() == null ? evaluationForm.getEvaluatedGoalId() : null,
                            evaluationForm.getEvaluatedMeasureId(),
                            evaluationForm.getEvaluatedOn(),
                            evaluationForm.getOutcome(),
                            evaluationForm.getComment(),
                            evaluationForm.getTakingPart(),
                            evaluationForm.getNextEvaluation()));
        } catch (NotFoundException e) {
            errors.rejectValue("evaluatedGoalId", "plan.goal.unknown");
            return page.show(planId, model);
        }
        return saved(planId, redirect, "goals");
    }

    private static String saved(UUID planId, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("saved", "plan.saved");
        return "redirect:/plans/" + planId + "#" + anchor;
    }
}
