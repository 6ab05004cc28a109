package no.helhet.family;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable family summary: the family, its guardians and children and every section of the
 * family page, without the page's actions, with who printed it and when. Read under the same rule as
 * the family page and access-logged as its own purpose ("family.summary").
 */
@Controller
class FamilySummaryController {

    private final FamilyService families;
    private final List<FamilySection> sections;

    FamilySummaryController(FamilyService families, List<FamilySection> sections) {
        this.families = families;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(FamilySection::order))
                .toList();
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "family.summary")
    @GetMapping("/families/{familyId}/summary")
    String summary(@PathVariable UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("family", family);
        model.addAttribute("today", families.today());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new FamilyController.SectionView(
                                s.template(), s.data(family), s.anchor(), s.headingKey()))
                        .toList());
        model.addAttribute("mayDoCaseWork", false);
        model.addAttribute("mayReadAccessLog", false);
        return "family/summary";
    }
}
