package no.helhet.providerportal;

import jakarta.validation.Valid;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.plan.EvaluationOutcome;
import no.helhet.plan.MeasureStatus;
import no.helhet.plan.PlanMeasure;
import no.helhet.plan.ProviderPlanView;
import no.helhet.plan.ProviderPlans;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
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
 * A provider's part in a child's individual plan: the plan's goals and the measures the provider is
 * responsible for, their status and evaluation notes; only under a consent that covers the plan.
 */
@Controller
class ProviderPlanController {

    private final ProviderPlans plans;
    private final FamilyService families;

    ProviderPlanController(ProviderPlans plans, FamilyService families) {
        this.plans = plans;
        this.families = families;
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER_PLAN,
            id = "planId",
            action = AccessAction.VIEW,
            what = "provider-portal.plan")
    @GetMapping("/provider-portal/plans/{planId}")
    String plan(@PathVariable UUID planId, Model model) {
        return show(planId, model);
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER_PLAN,
            id = "measureId",
            action = AccessAction.CHANGE,
            what = "provider-portal.plan.measure-status")
    @PostMapping("/provider-portal/measures/{measureId}/status")
    String setStatus(
            @PathVariable UUID measureId,
            @RequestParam MeasureStatus status,
            @RequestParam int version,
            RedirectAttributes redirect) {
        UUID provider = myProvider();
        UUID planId = plans.planOfMeasure(measureId, provider);
        try {
            plans.setMeasureStatus(measureId, provider, status, version);
            redirect.addFlashAttribute("saved", "plan.saved");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("notice", "form.concurrentEdit");
        }
        return "redirect:/provider-portal/plans/" + planId + "#measure-" + measureId;
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER_PLAN,
            id = "measureId",
            action = AccessAction.VIEW,
            what = "provider-portal.plan.evaluation")
    @GetMapping("/provider-portal/measures/{measureId}/evaluations/new")
    String noteForm(@PathVariable UUID measureId, Model model) {
        MeasureNoteForm form = new MeasureNoteForm();
        form.setEvaluatedOn(plans.today());
        model.addAttribute("measureNoteForm", form);
        return showNote(measureId, model);
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER_PLAN,
            id = "measureId",
            action = AccessAction.CHANGE,
            what = "provider-portal.plan.evaluation")
    @OneTimeForm
    @PostMapping("/provider-portal/measures/{measureId}/evaluations")
    String evaluate(
            @PathVariable UUID measureId,
            @Valid @ModelAttribute MeasureNoteForm measureNoteForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID provider = myProvider();
        UUID planId = plans.planOfMeasure(measureId, provider);
        if (errors.hasErrors()) {
            return showNote(measureId, model);
        }
        plans.evaluateMeasure(
                measureId,
                provider,
                measureNoteForm.getEvaluatedOn(),
                measureNoteForm.getOutcome(),
                measureNoteForm.getComment(),
                measureNoteForm.getTakingPart());
        redirect.addFlashAttribute("saved", "portal.plan.noteSaved");
        return "redirect:/provider-portal/plans/" + planId + "#measure-" + measureId;
    }

    private String show(UUID planId, Model model) {
        ProviderPlanView view = plans.view(planId, myProvider());
        ChildSummary child = families.getFamily(view.plan().familyId()).children().stream()
                .filter(c -> c.id().equals(view.plan().childId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child"));
        model.addAttribute("view", view);
        model.addAttribute("child", child);
        model.addAttribute("statuses", MeasureStatus.values());
        return "providerportal/plan";
    }

    private String showNote(UUID measureId, Model model) {
        UUID planId = plans.planOfMeasure(measureId, myProvider());
        ProviderPlanView view = plans.view(planId, myProvider());
        PlanMeasure measure = view.measures().stream()
                .filter(m -> m.id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure"));
        model.addAttribute("view", view);
        model.addAttribute("measure", measure);
        model.addAttribute("outcomes", EvaluationOutcome.values());
        return "providerportal/plan-note";
    }

    private static UUID myProvider() {
        StaffPrincipal me = CurrentStaff.get();
        if (me.serviceProviderId() == null) {
            throw new NotFoundException("provider");
        }
        return me.serviceProviderId();
    }
}
