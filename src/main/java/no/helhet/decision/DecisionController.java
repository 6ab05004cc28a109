package no.helhet.decision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentView;
import no.helhet.assessment.Proposal;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.decision.DecisionService.DecisionDraft;
import no.helhet.document.LetterPreview;
import no.helhet.family.FamilyService;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import no.helhet.shared.FormDraft;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making a decision from an assessment. */
@Controller
class DecisionController {

    private final DecisionService decisions;
    private final AssessmentService assessments;
    private final FamilyService families;
    private final RulesProperties rules;
    private final MessageSource messages;
    private final DecisionDrafts drafts;
    private final SpringValidatorAdapter validator;

    DecisionController(
            DecisionService decisions,
            AssessmentService assessments,
            FamilyService families,
            RulesProperties rules,
            MessageSource messages,
            DecisionDrafts drafts,
            jakarta.validation.Validator validator) {
        this.drafts = drafts;
        this.decisions = decisions;
        this.assessments = assessments;
        this.families = families;
        this.rules = rules;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The answer to htmx: the draft's saved state only. */
    private static final String DRAFT_STATE = "fragments/draft :: state";

    private static final Map<ChildVoice.Part, String> CHILD_VOICE_FIELDS = Map.of(
            ChildVoice.Part.VIEWS, "childViews",
            ChildVoice.Part.HOW, "childViewsHow",
            ChildVoice.Part.WEIGHING, "childViewsWeighing");

    @ModelAttribute("notHeardReasons")
    ChildNotHeardReason[] notHeardReasons() {
        return ChildNotHeardReason.values();
    }

    @ModelAttribute("outcomes")
    DecisionOutcome[] outcomes() {
        return DecisionOutcome.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "assessmentId", action = AccessAction.VIEW, what = "decision.new")
    @GetMapping("/assessments/{assessmentId}/decisions/new")
    String newDecision(@PathVariable UUID assessmentId, Model model) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        DecisionForm form = new DecisionForm();
        form.setOutcome(DecisionOutcome.proposedBy(assessment.proposal()).orElse(null));
        form.setAgeReason(assessment.content().ageReason());
        form.setIllnessReason(assessment.content().illnessReason());
        form.setNeedReason(assessment.content().needReason());
        form.setChildViews(assessment.content().childViews());
        form.setChildViewsHow(assessment.content().childViewsHow());
        if (form.getOutcome() != null) {
            form.setSummary(messages.getMessage(
                    "decision.summary.default." + form.getOutcome(), null, LocaleContextHolder.getLocale()));
        }
        if (!assessment.frozen()) {
            drafts.find(assessmentId, CurrentStaff.username()).ifPresent(saved -> {
                saved.draft().restoreInto(form);
                model.addAttribute("draftSaved", saved.savedAt());
            });
        }
        model.addAttribute("decisionForm", form);
        return page(assessment, model);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "assessmentId",
            action = AccessAction.CHANGE,
            what = "decision.make")
    @OneTimeForm
    @PostMapping("/assessments/{assessmentId}/decisions")
    String decide(
            @PathVariable UUID assessmentId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        rejectChildVoiceProblems(assessment, decisionForm, errors);
        if (errors.hasErrors()) {
            return page(assessment, model);
        }
        try {
            decisions.decide(assessmentId, draft(decisionForm));
        } catch (DecisionRefusedException e) {
            errors.reject(e.messageKey());
            return page(assessment, model);
        }
        drafts.delete(assessmentId, CurrentStaff.username());
        redirect.addFlashAttribute("saved", "decision.made");
        return "redirect:/requests/" + assessment.requestId();
    }

    /**
     * Saves the user's draft of the decision when a field is left (htmx, ADR 0013): whatever is typed,
     * complete or not, within the input bounds; answers with the draft's saved state only.
     */
    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "assessmentId",
            action = AccessAction.CHANGE,
            what = "decision.draft")
    @PostMapping("/assessments/{assessmentId}/decisions/draft")
    String saveDraft(@PathVariable UUID assessmentId, HttpServletRequest request, Model model) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        if (assessment.frozen()) {
            model.addAttribute("draftError", "decision.assessmentFrozen");
            return DRAFT_STATE;
        }
        Optional<FormDraft> draft = FormDraft.of(request.getParameterMap(), DecisionForm::new);
        if (draft.isEmpty()) {
            model.addAttribute("draftError", "draft.invalid");
            return DRAFT_STATE;
        }
        model.addAttribute(
                "draftSaved", drafts.save(assessmentId, assessment.familyId(), CurrentStaff.username(), draft.get()));
        return DRAFT_STATE;
    }

    /**
     * The decision letter from the form's input as it is, as a PDF marked as a draft, nothing stored
     * (issue 8 item 3); input the decision would refuse shows the form with its errors.
     */
    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "assessmentId",
            action = AccessAction.VIEW,
            what = "decision.preview")
    @PostMapping("/assessments/{assessmentId}/decisions/preview")
    ModelAndView preview(
            @PathVariable UUID assessmentId,
            @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response)
            throws IOException {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        boolean confirmed = decisionForm.isConfirmed();
        // A preview comes before the confirmation: validated as if confirmed, the box left as it was.
        decisionForm.setConfirmed(true);
        validator.validate(decisionForm, errors);
        decisionForm.setConfirmed(confirmed);
        rejectChildVoiceProblems(assessment, decisionForm, errors);
        if (!errors.hasErrors()) {
            try {
                LetterPreview.write(response, decisions.previewLetter(assessmentId, draft(decisionForm)));
                return null;
            } catch (DecisionRefusedException e) {
                errors.reject(e.messageKey());
            }
        }
        return new ModelAndView(page(assessment, model));
    }

    private void rejectChildVoiceProblems(AssessmentView assessment, DecisionForm form, BindingResult errors) {
        decisions
                .childVoiceProblems(assessment.childId(), form.childVoice())
                .forEach(p -> errors.rejectValue(CHILD_VOICE_FIELDS.get(p.part()), p.messageKey(), p.args(), null));
    }

    private static DecisionDraft draft(DecisionForm form) {
        return new DecisionDraft(
                form.getOutcome(),
                form.getAgeReason(),
                form.getIllnessReason(),
                form.getNeedReason(),
                form.getSummary(),
                form.childVoice());
    }

    private String page(AssessmentView assessment, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute(
                "familyName",
                families.displayNames(Set.of(assessment.familyId())).get(assessment.familyId()));
        model.addAttribute("complete", assessment.proposal() != Proposal.INCOMPLETE && !assessment.frozen());
        model.addAttribute("complaintDeadline", assessments.today().plus(rules.complaintDeadline()));
        Optional<Integer> age = decisions.childAge(assessment.childId());
        model.addAttribute("childAge", age.orElse(null));
        model.addAttribute("childHeard", ChildVoice.mustBeHeard(age, rules));
        model.addAttribute("childGreatWeight", ChildVoice.greatWeight(age, rules));
        model.addAttribute("rules", rules);
        model.addAttribute(
                "rightEnding", decisions.rightEnding(assessment.childId()).orElse(null));
        model.addAttribute(
                "turns18On", decisions.turns18On(assessment.childId()).orElse(null));
        model.addAttribute("childCoordinatorAllowed", decisions.childCoordinatorAllowed(assessment.childId()));
        return "decision/new";
    }
}
