package no.helhet.familyportal;

import java.util.List;
import java.util.UUID;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import org.springframework.stereotype.Service;

/**
 * What the family portal's case page shows, read through the other modules' public APIs and only
 * for the children the family member sees ({@link FamilyMemberPrincipal#childIds()}).
 */
@Service
class FamilyCaseView {

    private final FamilyService families;

    FamilyCaseView(FamilyService families) {
        this.families = families;
    }

    /** One child's part of the case page. */
    record ChildCase(UUID childId, String name, ChildSummary child) {}

    /** The children the member sees, in the family's order. */
    List<ChildCase> childrenOf(UUID familyId, FamilyMemberPrincipal member) {
        FamilyDetails family = families.getFamily(familyId);
        return family.children().stream()
                .filter(c -> member.sees(c.id()))
                .map(c -> new ChildCase(c.id(), c.displayName(), c))
                .toList();
    }
}
