package no.helhet.request;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a request, the case page, and the preliminary answer. */
@Controller
class RequestController {

    private final RequestService requests;
    private final FamilyService families;
    private final ChildOptions childOptions;
    private final PreliminaryAnswer preliminaryAnswer;
    private final AccessPolicy policy;
    private final RequestAssignments assignments;
    private final List<CaseSection> sections;

    RequestController(
            RequestService requests,
            FamilyService families,
            ChildOptions childOptions,
            PreliminaryAnswer preliminaryAnswer,
            AccessPolicy policy,
            RequestAssignments assignments,
            List<CaseSection> sections) {
        this.requests = requests;
        this.families = families;
        this.childOptions = childOptions;
        this.preliminaryAnswer = preliminaryAnswer;
        this.policy = policy;
        this.assignments = assignments;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CaseSection::order))
                .toList();
    }

    @ModelAttribute("channels")
    RequestChannel[] channels() {
        return RequestChannel.registeredByStaff();
    }

    @ModelAttribute("requesterKinds")
    RequesterKind[] requesterKinds() {
        return RequesterKind.values();
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.VIEW, what = "request.new")
    @GetMapping("/families/{familyId}/requests/new")
    String newRequest(@PathVariable UUID familyId, Model model) {
        RequestForm form = new RequestForm();
        form.setReceivedOn(requests.today());
        return form(familyId, form, model);
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.CHANGE, what = "request.register")
    @OneTimeForm
    @PostMapping("/families/{familyId}/requests")
    String registerRequest(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute RequestForm requestForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyDetails family = families.getFamily(familyId);
        validate(requestForm, family, errors);
        if (errors.hasErrors()) {
            return form(familyId, requestForm, model);
        }
        UUID requestId = requests.registerRequest(new NewRequest(
                familyId,
                requestForm.getChannel(),
                requestForm.getReceivedOn(),
                requestForm.getRequesterKind(),
                requestForm.getRequesterKind() == RequesterKind.GUARDIAN ? requestForm.getRequesterGuardianId() : null,
                requestForm.getRequesterKind() == RequesterKind.ON_BEHALF ? requestForm.getRequesterName() : null,
                requestForm.getRequesterKind() == RequesterKind.ON_BEHALF ? requestForm.getRequesterRole() : null,
                requestForm.getFamilyWords(),
                requestForm.getChildIds()));
        redirect.addFlashAttribute("saved", "request.registered");
        return "redirect:/requests/" + requestId;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "requestId", action = AccessAction.VIEW, what = "request.case")
    @GetMapping("/requests/{requestId}")
    String show(@PathVariable UUID requestId, Model model) {
        RequestSummary request = requests.getRequest(requestId);
        FamilyDetails family = families.getFamily(request.familyId());
        model.addAttribute("request", request);
        model.addAttribute("family", family);
        model.addAttribute(
                "children",
                family.children().stream()
                        .filter(c -> request.childIds().contains(c.id()))
                        .toList());
        model.addAttribute(
                "requester",
                family.guardians().stream()
                        .filter(g -> g.id().equals(request.requesterGuardianId()))
                        .map(GuardianSummary::displayName)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("today", requests.today());
        model.addAttribute("steps", CaseStep.of(request.status()));
        model.addAttribute("overdue", requests.overdue(request));
        model.addAttribute("mayDoCaseWork", policy.mayDoCaseWork());
        RequestAssignments.Assignment assignment = assignments.of(requestId);
        model.addAttribute("assignment", assignment);
        model.addAttribute(
                "assignee",
                assignment.caseworkerId() == null
                        ? null
                        : assignments.assignee(assignment.caseworkerId()).orElse(null));
        model.addAttribute("caseworkers", policy.mayDoCaseWork() ? assignments.caseworkers() : List.of());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new SectionView(s.template(), s.data(request, family)))
                        .toList());
        return "request/show";
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "requestId",
            action = AccessAction.CHANGE,
            what = "request.preliminary-answer")
    @OneTimeForm
    @PostMapping("/requests/{requestId}/preliminary-answer")
    String writePreliminaryAnswer(
            @PathVariable UUID requestId,
            @RequestParam(required = false) String expectedAnswerBy,
            Model model,
            RedirectAttributes redirect) {
        RequestSummary request = requests.getRequest(requestId);
        LocalDate answerBy = parseDate(expectedAnswerBy);
        if (answerBy == null || !answerBy.isAfter(requests.today())) {
            model.addAttribute("expectedAnswerByError", true);
            return show(requestId, model);
        }
        preliminaryAnswer.write(request, answerBy);
        redirect.addFlashAttribute("saved", "request.preliminaryAnswer.written");
        return "redirect:/requests/" + requestId;
    }

    private String form(UUID familyId, RequestForm form, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute(
                "guardianOptions",
                SelectOption.of(family.guardians(), GuardianSummary::id, GuardianSummary::displayName));
        model.addAttribute("childOptions", childOptions.of(family.children()));
        model.addAttribute("requestForm", form);
        return "request/new";
    }

    private static void validate(RequestForm form, FamilyDetails family, BindingResult errors) {
        Map<UUID, ChildSummary> children =
                family.children().stream().collect(Collectors.toMap(ChildSummary::id, c -> c));
        if (form.getChildIds().isEmpty()) {
            errors.rejectValue("childIds", "request.childIds.required");
        } else if (!children.keySet().containsAll(form.getChildIds())) {
            errors.rejectValue("childIds", "request.childIds.unknown");
        }
        if (form.getRequesterKind() == RequesterKind.GUARDIAN
                && (form.getRequesterGuardianId() == null
                        || family.guardians().stream().noneMatch(g -> g.id().equals(form.getRequesterGuardianId())))) {
            errors.rejectValue("requesterGuardianId", "request.requesterGuardian.required");
        }
        if (form.getRequesterKind() == RequesterKind.ON_BEHALF && form.getRequesterName() == null) {
            errors.rejectValue("requesterName", "request.requesterName.required");
        }
        if (form.getChannel() == RequestChannel.PORTAL) {
            errors.rejectValue("channel", "request.channel.portalOnly");
        }
        boolean ownInitiative = form.getRequesterKind() == RequesterKind.COORDINATING_UNIT;
        if (form.getChannel() != null
                && form.getRequesterKind() != null
                && ownInitiative != (form.getChannel() == RequestChannel.OWN_INITIATIVE)) {
            errors.rejectValue("channel", "request.channel.ownInitiative");
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A contributed part of the case page. */
    record SectionView(String template, Object data) {}
}
