package no.helhet.meeting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.meeting.MeetingService.Action;
import no.helhet.meeting.MeetingService.NewMeeting;
import no.helhet.provider.ProviderRegister;
import no.helhet.shared.FormDraft;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.SelectOption;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.ProviderContactAccounts;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
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

/** Scheduling meetings, writing and approving minutes, addenda: the coordinating unit or the coordinator. */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final ProviderRegister providers;
    private final AccessPolicy policy;

    private final List<ProviderContactAccounts> providerAccounts;
    private final MinutesDrafts drafts;

    /** The answer to htmx: the draft's saved state only. */
    private static final String DRAFT_STATE = "fragments/draft :: state";

    /** A minutes draft keeps the version the user started from (a newer save by someone else is shown). */
    private static final Set<String> NOT_IN_MINUTES_DRAFT = Set.of("confirmed");

    MeetingController(
            MeetingService meetings,
            FamilyService families,
            StaffDirectory staff,
            ProviderRegister providers,
            AccessPolicy policy,
            List<ProviderContactAccounts> providerAccounts,
            MinutesDrafts drafts) {
        this.drafts = drafts;
        this.providerAccounts = providerAccounts;
        this.meetings = meetings;
        this.families = families;
        this.staff = staff;
        this.providers = providers;
        this.policy = policy;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "meeting.new")
    @GetMapping("/families/{familyId}/meetings/new")
    String newMeeting(@PathVariable UUID familyId, Model model) {
        MeetingForm form = new MeetingForm();
        form.setDate(meetings.today().plusWeeks(1));
        model.addAttribute("meetingForm", form);
        return schedulePage(familyId, model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "meeting.schedule")
    @OneTimeForm
    @PostMapping("/families/{familyId}/meetings")
    String schedule(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Participant> offered = participantOptions(families.getFamily(familyId));
        if (meetingForm.getParticipants().isEmpty() || !offered.keySet().containsAll(meetingForm.getParticipants())) {
            errors.rejectValue("participants", "meeting.participants.required");
        }
        if (!errors.hasFieldErrors("participants") && hasDuplicates(meetingForm.getParticipants(), offered)) {
            errors.rejectValue("participants", "meeting.participants.duplicate");
        }
        if (meetingForm.getPlace() == null && meetingForm.getVideoLink() == null) {
            errors.rejectValue("place", "meeting.place.required");
        }
        if (meetingForm.getDate() != null && meetingForm.getDate().isBefore(meetings.today())) {
            errors.rejectValue("date", "meeting.date.past");
        }
        if (errors.hasErrors()) {
            return schedulePage(familyId, model);
        }
        Set<Participant> participants =
                meetingForm.getParticipants().stream().map(offered::get).collect(Collectors.toSet());
        MeetingService.Scheduled scheduled = meetings.schedule(
                familyId,
                new NewMeeting(
                        meetingForm.getKind(),
                        meetingForm.getDate().atTime(meetingForm.getTime()),
                        meetingForm.getDurationMinutes(),
                        meetingForm.getPlace(),
                        meetingForm.getVideoLink(),
                        meetingForm.getAgenda(),
                        participants));
        redirect.addFlashAttribute("saved", "meeting.scheduled");
        return "redirect:/meetings/" + scheduled.meetingId() + (scheduled.noticesSent() ? "" : "?noticeFailed");
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "meetingId", action = AccessAction.VIEW, what = "meeting")
    @GetMapping("/meetings/{meetingId}")
    String show(@PathVariable UUID meetingId, Model model) {
        Meeting meeting = meetings.getMeeting(meetingId);
        MinutesForm form = MinutesForm.of(meeting);
        if (!meeting.approved() && policy.mayCoordinate(meeting.familyId())) {
            drafts.find(meetingId, CurrentStaff.username()).ifPresent(saved -> {
                saved.draft().restoreInto(form);
                model.addAttribute("draftSaved", saved.savedAt());
                if (!meeting.version().equals(form.getVersion())) {
                    // Someone saved the minutes after this draft: say so, and let the user's save be
                    // made against what is there now, having seen the warning.
                    model.addAttribute("draftStale", true);
                    form.setVersion(meeting.version());
                }
            });
        }
        model.addAttribute("minutesForm", form);
        return page(meeting, model);
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "meetingId",
            action = AccessAction.CHANGE,
            what = "meeting.minutes")
    @PostMapping("/meetings/{meetingId}/minutes")
    String writeMinutes(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute MinutesForm minutesForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.getMeeting(meetingId);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < minutesForm.getActions().size(); i++) {
            MinutesForm.ActionRow row = minutesForm.getActions().get(i);
            if (row.blank()) {
                continue;
            }
            if (row.getTitle() == null) {
                errors.rejectValue("actions[" + i + "].title", "field.required");
            }
            if (row.getOwnerId() == null
                    || staffWhoCanOwnTasks(meeting.familyId()).stream()
                            .noneMatch(o -> o.id().equals(row.getOwnerId()))) {
                errors.rejectValue("actions[" + i + "].ownerId", "meeting.action.owner");
            }
            if (row.getDueOn() == null) {
                errors.rejectValue("actions[" + i + "].dueOn", "meeting.action.due");
            }
            actions.add(new Action(row.getTitle(), row.getOwnerId(), row.getDueOn()));
        }
        if (!errors.hasErrors()) {
            try {
                meetings.writeMinutes(
                        meetingId,
                        minutesForm.getVersion(),
                        minutesForm.getDiscussed(),
                        minutesForm.getDecided(),
                        actions);
                drafts.delete(meetingId, CurrentStaff.username());
                redirect.addFlashAttribute("saved", "admin.saved");
                return "redirect:/meetings/" + meetingId;
            } catch (MinutesLockedException e) {
                return "redirect:/meetings/" + meetingId + "?locked";
            } catch (OptimisticLockingFailureException e) {
                errors.reject("form.concurrentEdit");
            }
        }
        return page(meeting, model);
    }

    /**
     * Saves the user's draft of the minutes when a field is left (htmx, ADR 0013): whatever is typed,
     * complete or not, within the input bounds, with the version the user started from; answers with
     * the draft's saved state only. Approved minutes take no draft.
     */
    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "meetingId",
            action = AccessAction.CHANGE,
            what = "meeting.minutes.draft")
    @PostMapping("/meetings/{meetingId}/minutes/draft")
    String saveMinutesDraft(@PathVariable UUID meetingId, HttpServletRequest request, Model model) {
        Meeting meeting = meetings.getMeeting(meetingId);
        if (meeting.approved()) {
            model.addAttribute("draftError", "meeting.minutes.locked");
            return DRAFT_STATE;
        }
        Optional<FormDraft> draft = FormDraft.of(request.getParameterMap(), MinutesForm::new, NOT_IN_MINUTES_DRAFT);
        if (draft.isEmpty()) {
            model.addAttribute("draftError", "draft.invalid");
            return DRAFT_STATE;
        }
        model.addAttribute(
                "draftSaved", drafts.save(meetingId, meeting.familyId(), CurrentStaff.username(), draft.get()));
        return DRAFT_STATE;
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "meetingId",
            action = AccessAction.CHANGE,
            what = "meeting.approve")
    @PostMapping("/meetings/{meetingId}/approval")
    String approve(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute MinutesApprovalForm minutesApprovalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.getMeeting(meetingId);
        if (minutesApprovalForm.getVersion() == null) {
            return "redirect:/meetings/" + meetingId + "?conflict";
        }
        if (errors.hasErrors() && !meeting.approved()) {
            // Not confirmed (the plain-HTML way): the page again, asking to confirm; nothing approved.
            model.addAttribute("minutesForm", MinutesForm.of(meeting));
            return page(meeting, model);
        }
        try {
            meetings.approveMinutes(meetingId, minutesApprovalForm.getVersion());
        } catch (MinutesLockedException | OptimisticLockingFailureException e) {
            return "redirect:/meetings/" + meetingId + "?conflict";
        }
        redirect.addFlashAttribute("saved", "meeting.approved");
        return "redirect:/meetings/" + meetingId;
    }

    @FamilyAccess(
            rule = AccessRule.COORDINATION,
            id = "meetingId",
            action = AccessAction.CHANGE,
            what = "meeting.addendum")
    @OneTimeForm
    @PostMapping("/meetings/{meetingId}/addenda")
    String addAddendum(
            @PathVariable UUID meetingId, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        if (text != null) {
            meetings.addAddendum(meetingId, text);
        }
        redirect.addFlashAttribute("saved", "meeting.addendum.saved");
        return "redirect:/meetings/" + meetingId;
    }

    private String schedulePage(UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("kinds", MeetingKind.values());
        Map<String, Participant> options = participantOptions(family);
        model.addAttribute("participantGroups", participantGroups(options));
        return "meeting/new";
    }

    private String page(Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        if (!model.containsAttribute("minutesApprovalForm")) {
            model.addAttribute("minutesApprovalForm", MinutesApprovalForm.of(meeting));
        }
        model.addAttribute(
                "familyName", families.displayNames(Set.of(meeting.familyId())).get(meeting.familyId()));
        model.addAttribute("addenda", meetings.addenda(meeting.id()));
        model.addAttribute("mayWrite", policy.mayCoordinate(meeting.familyId()));
        List<Action> actions = meetings.actions(meeting.id());
        model.addAttribute("actions", actions);
        model.addAttribute(
                "actionOwners",
                staff.staffByIds(actions.stream().map(Action::ownerId).collect(Collectors.toSet())));
        model.addAttribute(
                "approverName",
                meeting.approvedBy() == null
                        ? null
                        : staff.findStaffByUsername(meeting.approvedBy())
                                .map(StaffSummary::fullName)
                                .orElse(meeting.approvedBy()));
        model.addAttribute(
                "ownerOptions",
                SelectOption.of(staffWhoCanOwnTasks(meeting.familyId()), StaffSummary::id, StaffSummary::fullName));
        return "meeting/show";
    }

    /** Who may be invited: the family's guardians and children, staff who coordinate, provider contacts. */
    private Map<String, Participant> participantOptions(FamilyDetails family) {
        Map<String, Participant> options = new LinkedHashMap<>();
        family.guardians()
                .forEach(g -> options.put(
                        "GUARDIAN:" + g.id(), new Participant(ParticipantKind.GUARDIAN, g.displayName(), g.email())));
        family.children().stream()
                .filter(c -> !c.expected())
                .forEach(c ->
                        options.put("CHILD:" + c.id(), new Participant(ParticipantKind.CHILD, c.displayName(), null)));
        staffWhoCanOwnTasks(family.id())
                .forEach(s -> options.put(
                        "STAFF:" + s.id(),
                        new Participant(
                                s.role() == StaffRole.PROVIDER_CONTACT
                                        ? ParticipantKind.PROVIDER_CONTACT
                                        : ParticipantKind.STAFF,
                                s.fullName(),
                                s.email(),
                                providerOf(s),
                                s.id())));
        providers.allProviders().stream()
                .filter(p -> policy.providerMayReceive(p.id(), family.id()))
                .forEach(p -> {
                    for (int i = 0; i < p.contacts().size(); i++) {
                        var c = p.contacts().get(i);
                        options.put(
                                "CONTACT:" + p.id() + ":" + i,
                                new Participant(
                                        ParticipantKind.PROVIDER_CONTACT,
                                        c.name() + " (" + p.name() + ")",
                                        c.email(),
                                        p.id(),
                                        null));
                    }
                    options.put(
                            "PROVIDER:" + p.id(),
                            new Participant(ParticipantKind.PROVIDER_CONTACT, p.name(), null, p.id(), null));
                });
        return options;
    }

    /**
     * The options in groups for the page: the family, the municipality's staff, and the providers'
     * contacts (a provider contact's account among them).
     */
    private static List<ParticipantGroup> participantGroups(Map<String, Participant> options) {
        Map<String, List<SelectOption>> groups = new LinkedHashMap<>();
        groups.put("FAMILY", new ArrayList<>());
        groups.put("STAFF", new ArrayList<>());
        groups.put("PROVIDERS", new ArrayList<>());
        options.forEach((key, p) -> {
            String group = switch (p.kind()) {
                case GUARDIAN, CHILD -> "FAMILY";
                case PROVIDER_CONTACT -> "PROVIDERS";
                default -> "STAFF";
            };
            groups.get(group).add(new SelectOption(key, p.name() + (p.email() == null ? "" : " <" + p.email() + ">")));
        });
        return groups.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new ParticipantGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Whether the chosen options name one person twice: the same option, the same staff account, or
     * the same e-mail address (a provider's contact who also has an account).
     */
    private static boolean hasDuplicates(List<String> chosen, Map<String, Participant> offered) {
        Set<Object> seen = new java.util.HashSet<>();
        for (String key : chosen) {
            Participant p = offered.get(key);
            if (p == null) {
                continue;
            }
            if (!seen.add(key)) {
                return true;
            }
            if (p.staffMemberId() != null && !seen.add(p.staffMemberId())) {
                return true;
            }
            if (p.email() != null && !seen.add(p.email().trim().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A group of participants to pick from, labelled by meeting.participants.group.KEY. */
    record ParticipantGroup(String key, List<SelectOption> options) {}

    /** The provider a provider contact's account is bound to; none for municipal staff. */
    private UUID providerOf(StaffSummary s) {
        return s.role() != StaffRole.PROVIDER_CONTACT
                ? null
                : providerAccounts.stream()
                        .flatMap(a -> a.providerOf(s.id()).stream())
                        .findFirst()
                        .orElse(null);
    }

    /**
     * Who may be invited or own a task from the family's meeting: coordinators and the coordinating
     * unit, and a provider's contact only while an active consent lets its provider receive
     * information about the family (the access policy decides).
     */
    private List<StaffSummary> staffWhoCanOwnTasks(UUID familyId) {
        return staff.allStaff().stream()
                .filter(StaffSummary::active)
                .filter(s -> s.role() == StaffRole.COORDINATOR
                        || s.role().coordinatingUnit()
                        || (s.role() == StaffRole.PROVIDER_CONTACT
                                && providerAccounts.stream()
                                        .flatMap(a -> a.providerOf(s.id()).stream())
                                        .anyMatch(p -> policy.providerMayReceive(p, familyId))))
                .toList();
    }
}
