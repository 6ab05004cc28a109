package no.helhet.chronology;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.ChildOptions;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The family's timeline, filterable by kind and child, newest (default) or oldest first. */
@Controller
class ChronologyController {

    private final Chronology chronology;
    private final FamilyService families;
    private final ChildOptions childOptions;
    private final int pageSize;

    ChronologyController(
            Chronology chronology,
            FamilyService families,
            ChildOptions childOptions,
            @Value("${helhet.page-size}") int pageSize) {
        this.chronology = chronology;
        this.families = families;
        this.childOptions = childOptions;
        this.pageSize = pageSize;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "chronology")
    @GetMapping("/families/{familyId}/chronology")
    String chronology(
            @PathVariable UUID familyId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String childId,
            @RequestParam(required = false) String order,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        FamilyDetails family = families.getFamily(familyId);
        EventKind chosenKind = parseKind(kind);
        UUID chosenChild = family.children().stream()
                .map(ChildSummary::id)
                .filter(id -> id.toString().equals(childId))
                .findFirst()
                .orElse(null);
        Map<UUID, String> childNames = childOptions.of(family.children()).stream()
                .collect(Collectors.toMap(o -> UUID.fromString(o.value()), o -> o.text()));
        boolean oldestFirst = "oldest".equals(order);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/families/" + familyId + "/chronology");
        if (chosenKind != null) {
            base.queryParam("kind", chosenKind);
        }
        if (chosenChild != null) {
            base.queryParam("childId", chosenChild);
        }
        if (oldestFirst) {
            base.queryParam("order", "oldest");
        }
        model.addAttribute("family", family);
        model.addAttribute(
                "events",
                chronology.events(familyId, chosenKind, chosenChild, oldestFirst, Math.max(0, page), pageSize));
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("chosenKind", chosenKind);
        model.addAttribute("chosenChild", chosenChild);
        model.addAttribute("childNames", childNames);
        model.addAttribute("oldestFirst", oldestFirst);
        model.addAttribute("pageBase", base.build().toUriString());
        return "chronology/timeline";
    }

    private static EventKind parseKind(String kind) {
        for (EventKind k : EventKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
