package no.helhet.familyportal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.document.DocumentService;
import no.helhet.document.DocumentSummary;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequesterKind;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.OneTimeForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family portal's login entry, the page that says why a login was refused, and the family's
 * own case page with its letters and the request for a coordinator. The family is always the
 * logged-in member's own: {@code /family-portal} sends them to it, and another family's id in the
 * address is "not found" (the access policy, {@link AccessRule#FAMILY_MEMBER}).
 */
@Controller
class FamilyPortalController {

    private final IdPortenProperties idporten;
    private final FamilyCaseView cases;
    private final DocumentService documents;
    private final RequestService requests;

    FamilyPortalController(
            IdPortenProperties idporten, FamilyCaseView cases, DocumentService documents, RequestService requests) {
        this.idporten = idporten;
        this.cases = cases;
        this.documents = documents;
        this.requests = requests;
    }

    /** The login entry: what the portal is, and the button to ID-porten (or that it is not set up). */
    @NoFamilyData("the family portal's login page")
    @GetMapping("/family-portal/login")
    String login(Model model) {
        if (CurrentFamilyMember.find().isPresent()) {
            return "redirect:/family-portal";
        }
        model.addAttribute("idportenEnabled", idporten.enabled());
        return "familyportal/login";
    }

    /**
     * Why a login was refused, in the family's language: 401 when ID-porten's answer did not pass
     * or the level of assurance was too low, 403 when the person may not see anything here.
     */
    @NoFamilyData("a refusal page without any family's data")
    @GetMapping("/family-portal/refused")
    String refused(@RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        FamilyLoginRefusedException.Reason why = Arrays.stream(FamilyLoginRefusedException.Reason.values())
                .filter(r -> r.name().equals(reason))
                .findFirst()
                .orElse(FamilyLoginRefusedException.Reason.FAILED);
        response.setStatus(
                why == FamilyLoginRefusedException.Reason.FAILED || why == FamilyLoginRefusedException.Reason.LEVEL
                        ? HttpServletResponse.SC_UNAUTHORIZED
                        : HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", why.name());
        return "familyportal/refused";
    }

    /** The start of the portal: the logged-in member's own family's case page. */
    @NoFamilyData("a redirect to the logged-in family member's own family")
    @GetMapping("/family-portal")
    String home() {
        return "redirect:/family-portal/families/" + CurrentFamilyMember.get().familyId();
    }

    /** The family's case: per child the member sees, the requests, decisions, coordinator and meetings. */
    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.case")
    @GetMapping("/family-portal/families/{familyId}")
    String family(@PathVariable UUID familyId, Model model) {
        PortalRequestForm form = new PortalRequestForm();
        form.getChildIds().addAll(CurrentFamilyMember.get().childIds());
        return page(familyId, form, model);
    }

    /**
     * A letter about a child the member sees (a decision, an appointment, a change or an end), as the
     * PDF it was sent as; any other document of the family is "not found".
     */
    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "childId",
            action = AccessAction.DOWNLOAD,
            what = "family-portal.letter")
    @GetMapping("/family-portal/children/{childId}/letters/{documentId}")
    ResponseEntity<byte[]> letter(@PathVariable UUID childId, @PathVariable UUID documentId) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        if (!cases.lettersOf(member.familyId(), childId, member).contains(documentId)) {
            throw new NotFoundException("document");
        }
        DocumentSummary summary = documents.forFamily(member.familyId()).stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("document"));
        byte[] pdf =
                documents.content(member.familyId(), documentId).orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(summary.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /**
     * The family asks for a coordinator online: a written request (channel {@link
     * RequestChannel#PORTAL}) from the guardian or the youth, about the children chosen among those
     * they see, on the coordinating unit's worklist.
     */
    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "family-portal.request")
    @OneTimeForm
    @PostMapping("/family-portal/families/{familyId}/requests")
    String ask(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute("portalRequestForm") PortalRequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        if (!errors.hasFieldErrors("childIds") && !member.childIds().containsAll(form.getChildIds())) {
            errors.rejectValue("childIds", "familyPortal.request.children.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("openRequestForm", true);
            return page(familyId, form, model);
        }
        boolean guardian = member.kind() == FamilyMemberPrincipal.Kind.GUARDIAN;
        requests.registerRequest(new RequestService.NewRequest(
                familyId,
                RequestChannel.PORTAL,
                requests.today(),
                guardian ? RequesterKind.GUARDIAN : RequesterKind.YOUTH,
                guardian ? member.personId() : null,
                guardian ? null : member.name(),
                null,
                form.getNeeds(),
                java.util.Set.copyOf(form.getChildIds())));
        redirect.addFlashAttribute("saved", "familyPortal.request.sent");
        return "redirect:/family-portal/families/" + familyId;
    }

    private String page(UUID familyId, PortalRequestForm form, Model model) {
        FamilyMemberPrincipal member = CurrentFamilyMember.get();
        FamilyCaseView.CasePage page = cases.page(familyId, member);
        model.addAttribute("member", member);
        model.addAttribute("familyId", familyId);
        model.addAttribute("page", page);
        model.addAttribute("children", page.children());
        model.addAttribute("childOptions", childOptions(page.children()));
        model.addAttribute("portalRequestForm", form);
        return "familyportal/case";
    }

    private static List<no.helhet.shared.SelectOption> childOptions(List<FamilyCaseView.ChildCase> children) {
        return children.stream()
                .map(c -> new no.helhet.shared.SelectOption(c.childId().toString(), c.name()))
                .toList();
    }
}
