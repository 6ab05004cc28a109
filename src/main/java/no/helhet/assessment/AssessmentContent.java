package no.helhet.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the caseworker writes in an assessment. */
public record AssessmentContent(
        Conclusion ageConclusion,
        String ageReason,
        Set<IllnessKind> illnessKinds,
        Conclusion illnessConclusion,
        String illnessReason,
        boolean needLongTerm,
        boolean needComposite,
        boolean needHealthCare,
        boolean needOtherWelfare,
        Conclusion needConclusion,
        String needReason,
        List<SectorNeed> needs,
        String childViews,
        String childViewsHow,
        LocalDate childViewsOn,
        String familyViews) {

    String illnessKindsText() {
        return illnessKinds == null || illnessKinds.isEmpty()
                ? null
                : illnessKinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<IllnessKind> parseKinds(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(IllnessKind.class);
        }
        Set<IllnessKind> kinds = EnumSet.noneOf(IllnessKind.class);
        for (String s : text.split(",")) {
            kinds.add(IllnessKind.valueOf(s.strip()));
        }
        return kinds;
    }

    Set<AssessedNeed> needsAsRows() {
        return needs == null
                ? Set.of()
                : needs.stream()
                        .filter(n -> n.currentServices() != null || n.unmetNeeds() != null)
                        .map(n -> new AssessedNeed(n.sectorCode(), n.currentServices(), n.unmetNeeds()))
                        .collect(Collectors.toSet());
    }

    EligibilityRules.NeedFacts facts() {
        return new EligibilityRules.NeedFacts(needLongTerm, needComposite, needHealthCare, needOtherWelfare);
    }

    /** Services received and needs not met in one sector. */
    public record SectorNeed(String sectorCode, String currentServices, String unmetNeeds) {}
}
