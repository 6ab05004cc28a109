package no.helhet.providerportal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.OwnWorkAccess;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import no.helhet.consent.InformationKind;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.meeting.Meeting;
import no.helhet.meeting.MeetingService;
import no.helhet.plan.ProviderPlans;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceStatus;
import no.helhet.provider.ServiceView;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What a provider contact may see and do: exactly what the active consents let its provider receive. */
@Controller
class ProviderPortalController {

    private final ConsentService consents;
    private final FamilyService families;
    private final ServicePicture services;
    private final MeetingService meetings;
    private final ProviderRegister providers;
    private final ProviderPlans plans;
    private final AccessPolicy policy;

    ProviderPortalController(
            ConsentService consents,
            FamilyService families,
            ServicePicture services,
            MeetingService meetings,
            ProviderRegister providers,
            ProviderPlans plans,
            AccessPolicy policy) {
        this.consents = consents;
        this.families = families;
        this.services = services;
        this.meetings = meetings;
        this.providers = providers;
        this.plans = plans;
        this.policy = policy;
    }

    @OwnWorkAccess("the families an active consent lets the contact's provider see, recorded as listed")
    @GetMapping("/provider-portal")
    String families(Model model) {
        UUID provider = myProvider();
        List<UUID> familyIds = consents.familiesFor(provider);
        policy.recordListed(familyIds, AccessAction.LIST, "provider-portal");
        model.addAttribute("provider", providers.getProvider(provider));
        model.addAttribute("families", families.displayNames(familyIds, policy::childrenToName));
        return "providerportal/families";
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "provider-portal.family")
    @GetMapping("/provider-portal/families/{familyId}")
    String family(@PathVariable UUID familyId, Model model) {
        UUID provider = myProvider();
        List<ConsentView> active = consents.activeFor(familyId, provider);
        Set<UUID> childIds = active.stream().map(ConsentView::childId).collect(Collectors.toSet());
        Map<UUID, Set<InformationKind>> kinds = active.stream()
                .collect(Collectors.toMap(ConsentView::childId, c -> EnumSet.copyOf(c.information()), (a, b) -> {
                    a.addAll(b);
                    return a;
                }));
        FamilyDetails family = families.getFamily(familyId);
        List<ChildSummary> children = family.children().stream()
                .filter(c -> childIds.contains(c.id()))
                .toList();
        Map<UUID, List<ServiceView>> byChild = services.byChild(familyId);
        Map<UUID, List<ServiceView>> mine = children.stream()
                .collect(Collectors.toMap(
                        ChildSummary::id,
                        c -> byChild.getOrDefault(c.id(), List.of()).stream()
                                .filter(s -> provider.equals(s.providerId()))
                                .toList()));
        List<Meeting> approved = meetings.forFamily(familyId).stream()
                .filter(Meeting::approved)
                .filter(m -> policy.providerMayReadMinutes(familyId, m.id()))
                .toList();
        model.addAttribute("familyId", familyId);
        model.addAttribute("children", children);
        model.addAttribute("kinds", kinds);
        model.addAttribute("services", mine);
        model.addAttribute("minutes", approved);
        model.addAttribute("plans", plans.plansFor(familyId, provider));
        model.addAttribute("statuses", ServiceStatus.values());
        return "providerportal/family";
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER_MINUTES,
            id = "meetingId",
            action = AccessAction.VIEW,
            what = "provider-portal.minutes")
    @GetMapping("/provider-portal/meetings/{meetingId}")
    String minutes(@PathVariable UUID meetingId, Model model) {
        Meeting meeting = meetings.getMeeting(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("addenda", meetings.addenda(meetingId));
        return "providerportal/minutes";
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER,
            id = "serviceId",
            action = AccessAction.CHANGE,
            what = "provider-portal.service")
    @PostMapping("/provider-portal/families/{familyId}/services/{serviceId}")
    String changeService(
            @PathVariable UUID familyId,
            @PathVariable UUID serviceId,
            @RequestParam ServiceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
        UUID provider = myProvider();
        Set<UUID> covered = consents.activeFor(familyId, provider).stream()
                .map(ConsentView::childId)
                .collect(Collectors.toSet());
        services.changeByProvider(familyId, serviceId, provider, covered, status, endsOn);
        return "redirect:/provider-portal/families/" + familyId;
    }

    private static UUID myProvider() {
        StaffPrincipal me = CurrentStaff.get();
        if (me.serviceProviderId() == null) {
            throw new no.helhet.shared.NotFoundException("provider");
        }
        return me.serviceProviderId();
    }
}
