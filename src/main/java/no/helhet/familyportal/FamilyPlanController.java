package no.helhet.familyportal;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.plan.FamilyPlanView;
import no.helhet.plan.FamilyPlans;
import no.helhet.plan.PlanSection;
import no.helhet.plan.SectionConflictException;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child's individual plan in the family portal (issue 14 item 4): read in plain language, write
 * a goal of the family's own, write what the child says matters with the day it was said, and
 * comment on a measure or an evaluation. Each goal and comment becomes a task for whoever leads the
 * plan work. Only a guardian with parental responsibility, only the family's own children.
 */
@Controller
class FamilyPlanController {

    private final FamilyPlans plans;
    private final FamilyService families;

    FamilyPlanController(FamilyPlans plans, FamilyService families) {
        this.plans = plans;
        this.families = families;
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.VIEW,
            what = "family-portal.plan")
    @GetMapping("/family-portal/children/{childId}/plan")
    String plan(@PathVariable UUID childId, Model model) {
        return show(childId, model);
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.CHANGE,
            what = "family-portal.plan.goal")
    @OneTimeForm
    @PostMapping("/family-portal/children/{childId}/plan/goals")
    String addGoal(
            @PathVariable UUID childId,
            @Valid @ModelAttribute FamilyGoalForm familyGoalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.guardianOf(childId);
        if (errors.hasErrors()) {
            return show(childId, model);
        }
        plans.addGoal(me.familyId(), me.guardianId(), childId, familyGoalForm.getText());
        redirect.addFlashAttribute("saved", "familyPortal.plan.goalSaved");
        return "redirect:/family-portal/children/" + childId + "/plan#goals";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.CHANGE,
            what = "family-portal.plan.child-views")
    @OneTimeForm
    @PostMapping("/family-portal/children/{childId}/plan/child-views")
    String writeChildViews(
            @PathVariable UUID childId,
            @Valid @ModelAttribute ChildViewsForm childViewsForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.guardianOf(childId);
        if (errors.hasErrors()) {
            return show(childId, model);
        }
        try {
            plans.writeChildViews(
                    me.familyId(),
                    me.guardianId(),
                    childId,
                    childViewsForm.getViews(),
                    childViewsForm.getObtainedOn(),
                    childViewsForm.getHow(),
                    childViewsForm.getVersion());
        } catch (SectionConflictException e) {
            errors.rejectValue("views", "familyPortal.plan.views.conflict");
            model.addAttribute(
                    "theirViews", e.current() == null ? "" : e.current().text());
            if (e.current() != null) {
                childViewsForm.setVersion(e.current().version());
            }
            return show(childId, model);
        }
        redirect.addFlashAttribute("saved", "familyPortal.plan.viewsSaved");
        return "redirect:/family-portal/children/" + childId + "/plan#views";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.CHANGE,
            what = "family-portal.plan.comment")
    @OneTimeForm
    @PostMapping("/family-portal/children/{childId}/plan/measures/{measureId}/comments")
    String commentOnMeasure(
            @PathVariable UUID childId,
            @PathVariable UUID measureId,
            @Valid @ModelAttribute PlanCommentForm planCommentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.guardianOf(childId);
        if (errors.hasErrors()) {
            model.addAttribute("commentTarget", measureId);
            return show(childId, model);
        }
        plans.commentOnMeasure(me.familyId(), me.guardianId(), childId, measureId, planCommentForm.getText());
        redirect.addFlashAttribute("saved", "familyPortal.plan.commentSaved");
        return "redirect:/family-portal/children/" + childId + "/plan#measure-" + measureId;
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.CHANGE,
            what = "family-portal.plan.comment")
    @OneTimeForm
    @PostMapping("/family-portal/children/{childId}/plan/evaluations/{evaluationId}/comments")
    String commentOnEvaluation(
            @PathVariable UUID childId,
            @PathVariable UUID evaluationId,
            @Valid @ModelAttribute PlanCommentForm planCommentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Me me = Me.guardianOf(childId);
        if (errors.hasErrors()) {
            model.addAttribute("commentTarget", evaluationId);
            return show(childId, model);
        }
        plans.commentOnEvaluation(me.familyId(), me.guardianId(), childId, evaluationId, planCommentForm.getText());
        redirect.addFlashAttribute("saved", "familyPortal.plan.commentSaved");
        return "redirect:/family-portal/children/" + childId + "/plan#evaluation-" + evaluationId;
    }

    private String show(UUID childId, Model model) {
        Me me = Me.guardianOf(childId);
        ChildSummary child = families.getFamily(me.familyId()).children().stream()
                .filter(c -> c.id().equals(childId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child"));
        Optional<FamilyPlanView> view = plans.planOf(me.familyId(), me.guardianId(), childId);
        model.addAttribute("child", child);
        model.addAttribute("view", view.orElse(null));
        if (!model.containsAttribute("familyGoalForm")) {
            model.addAttribute("familyGoalForm", new FamilyGoalForm());
        }
        if (!model.containsAttribute("childViewsForm")) {
            ChildViewsForm form = new ChildViewsForm();
            view.ifPresent(v -> {
                form.setViews(v.content().text(PlanSection.CHILD_VIEWS));
                form.setObtainedOn(v.content().obtainedOn(PlanSection.CHILD_VIEWS));
                form.setVersion(v.content().textVersion(PlanSection.CHILD_VIEWS));
            });
            model.addAttribute("childViewsForm", form);
        }
        if (!model.containsAttribute("planCommentForm")) {
            model.addAttribute("planCommentForm", new PlanCommentForm());
        }
        model.addAttribute("viewsSection", PlanSection.CHILD_VIEWS);
        model.addAttribute("viewsBySection", PlanSection.CHILD_VIEWS_BY);
        model.addAttribute("ownGoalsSection", PlanSection.OWN_GOALS);
        return "familyportal/plan";
    }
}
