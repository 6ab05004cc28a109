package no.helhet.assessment;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.request.RequestSummary;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.Sector;
import no.helhet.staff.SectorCatalogue;
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

/** Starting and writing the assessment, with the national guide's guidance beside the form. */
@Controller
class AssessmentController {

    /** The answer to htmx: the draft's saved state only (an error too: htmx swaps only 2xx). */
    private static final String DRAFT_STATE = "assessment/draft-state :: state";

    private final AssessmentService assessments;
    private final RequestService requests;
    private final FamilyService families;
    private final SectorCatalogue sectors;
    private final AccessPolicy policy;
    private final RulesProperties rules;

    AssessmentController(
            AssessmentService assessments,
            RequestService requests,
            FamilyService families,
            SectorCatalogue sectors,
            AccessPolicy policy,
            RulesProperties rules) {
        this.assessments = assessments;
        this.requests = requests;
        this.families = families;
        this.sectors = sectors;
        this.policy = policy;
        this.rules = rules;
    }

    @ModelAttribute("conclusions")
    Conclusion[] conclusions() {
        return Conclusion.values();
    }

    @ModelAttribute("illnessKindOptions")
    IllnessKind[] illnessKinds() {
        return IllnessKind.values();
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "requestId",
            action = AccessAction.CHANGE,
            what = "assessment.start")
    @OneTimeForm
    @PostMapping("/requests/{requestId}/assessments")
    String start(@PathVariable UUID requestId, @RequestParam(required = false) UUID childId) {
        RequestSummary request = requests.getRequest(requestId);
        if (childId == null || !request.childIds().contains(childId)) {
            return "redirect:/requests/" + requestId;
        }
        UUID id = assessments.startAssessment(requestId, childId);
        return "redirect:/assessments/" + id;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "assessmentId", action = AccessAction.VIEW, what = "assessment")
    @GetMapping("/assessments/{assessmentId}")
    String show(@PathVariable UUID assessmentId, Model model) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        model.addAttribute("assessmentForm", AssessmentForm.of(assessment, sectorCodes()));
        return page(assessment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "assessmentId",
            action = AccessAction.CHANGE,
            what = "assessment.save")
    @PostMapping("/assessments/{assessmentId}")
    String save(
            @PathVariable UUID assessmentId,
            @Valid @ModelAttribute AssessmentForm assessmentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        if (assessment.frozen()) {
            errors.reject("assessment.frozen");
            return page(assessment, model);
        }
        keepKnownSectors(assessmentForm);
        AssessmentContent content = assessmentForm.toContent();
        for (String problem : assessments.contradictions(assessment.childId(), content)) {
            errors.rejectValue(problem.endsWith("ageOver18") ? "ageConclusion" : "needConclusion", problem);
        }
        if (errors.hasErrors()) {
            return page(assessment, model);
        }
        try {
            assessments.saveDraft(assessmentId, assessmentForm.getVersion(), content);
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return page(assessment, model);
        }
        redirect.addFlashAttribute("saved", "assessment.saved");
        return "redirect:/assessments/" + assessmentId;
    }

    /**
     * Saves the draft when a field is left (htmx, {@code hx-trigger="change"}): answers with the
     * draft's saved state only — the version the next save is made against and when it was saved, or
     * why it was not saved (too long, a contradiction, someone else's newer save, frozen). The page
     * shows the saved draft when it is opened again; the full save checks the same and more.
     */
    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "assessmentId",
            action = AccessAction.CHANGE,
            what = "assessment.draft")
    @PostMapping("/assessments/{assessmentId}/draft")
    String saveDraft(
            @PathVariable UUID assessmentId,
            @Valid @ModelAttribute AssessmentForm assessmentForm,
            BindingResult errors,
            Model model) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        model.addAttribute("stateVersion", assessmentForm.getVersion());
        if (assessment.frozen()) {
            model.addAttribute("stateError", "assessment.frozen");
            return DRAFT_STATE;
        }
        if (errors.hasErrors()) {
            model.addAttribute("stateError", "assessment.draft.invalid");
            return DRAFT_STATE;
        }
        keepKnownSectors(assessmentForm);
        AssessmentContent content = assessmentForm.toContent();
        List<String> problems = assessments.contradictions(assessment.childId(), content);
        if (!problems.isEmpty()) {
            model.addAttribute("stateError", problems.get(0));
            return DRAFT_STATE;
        }
        try {
            assessments.saveDraft(assessmentId, assessmentForm.getVersion(), content);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("stateError", "form.concurrentEdit");
            return DRAFT_STATE;
        }
        AssessmentView saved = assessments.getAssessment(assessmentId);
        model.addAttribute("stateVersion", saved.version());
        model.addAttribute("stateSaved", saved.modifiedAt().atZone(assessments.zone()));
        return DRAFT_STATE;
    }

    private String page(AssessmentView assessment, Model model) {
        RequestSummary request = requests.getRequest(assessment.requestId());
        ChildSummary child = families.getChild(assessment.childId());
        List<Sector> all = sectors.all();
        model.addAttribute("assessment", assessment);
        model.addAttribute("request", request);
        model.addAttribute("child", child);
        model.addAttribute(
                "familyName",
                families.displayNames(Set.of(assessment.familyId())).get(assessment.familyId()));
        model.addAttribute("sectors", all);
        model.addAttribute("today", assessments.today());
        model.addAttribute(
                "childHeard",
                child.ageOn(assessments.today())
                        .map(age -> age >= rules.childHeardFromAge())
                        .orElse(false));
        model.addAttribute(
                "childGreatWeight",
                child.ageOn(assessments.today())
                        .map(age -> age >= rules.childGreatWeightFromAge())
                        .orElse(false));
        model.addAttribute("rules", rules);
        model.addAttribute("editable", !assessment.frozen() && policy.mayDoCaseWork());
        return "assessment/show";
    }

    /** Only rows for known sectors are kept, whatever a tampered form sends. */
    private void keepKnownSectors(AssessmentForm form) {
        List<String> codes = sectorCodes();
        form.setNeeds(form.getNeeds().stream()
                .filter(n -> codes.contains(n.getSectorCode()))
                .toList());
    }

    private List<String> sectorCodes() {
        return sectors.all().stream().map(Sector::code).toList();
    }
}
