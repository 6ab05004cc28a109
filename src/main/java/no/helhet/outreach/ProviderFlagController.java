package no.helhet.outreach;

import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider portal's action "this family may need a coordinator": puts the family on KE's
 * outreach list. Only for a family an active consent lets the contact's provider see.
 */
@Controller
class ProviderFlagController {

    private final Outreach outreach;

    ProviderFlagController(Outreach outreach) {
        this.outreach = outreach;
    }

    @FamilyAccess(
            rule = AccessRule.PROVIDER,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "provider-portal.coordinator-need")
    @PostMapping("/provider-portal/families/{familyId}/coordinator-need")
    String flag(@PathVariable UUID familyId, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.get();
        if (me.serviceProviderId() == null) {
            throw new NotFoundException("provider");
        }
        outreach.flagFamily(familyId, me.serviceProviderId());
        redirect.addFlashAttribute("saved", "portal.flag.saved");
        return "redirect:/provider-portal/families/" + familyId;
    }
}
