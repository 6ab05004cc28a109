package no.helhet.assessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An assessment as pages and other modules see it, with the outcome it supports. */
public record AssessmentView(
        UUID id,
        UUID requestId,
        UUID familyId,
        UUID childId,
        AssessmentStatus status,
        AssessmentContent content,
        int version,
        Instant modifiedAt,
        String modifiedBy) {

    public Proposal proposal() {
        return EligibilityRules.propose(
                content.ageConclusion(), content.illnessConclusion(), content.needConclusion(), content.facts());
    }

    public boolean frozen() {
        return status == AssessmentStatus.DECIDED;
    }

    static AssessmentView of(EligibilityAssessment a) {
        List<AssessmentContent.SectorNeed> needs = a.needs().stream()
                .map(n -> new AssessmentContent.SectorNeed(n.sectorCode(), n.currentServices(), n.unmetNeeds()))
                .sorted(Comparator.comparing(AssessmentContent.SectorNeed::sectorCode))
                .toList();
        Set<IllnessKind> kinds = AssessmentContent.parseKinds(a.illnessKinds());
        AssessmentContent content = new AssessmentContent(
                a.ageConclusion(),
                a.ageReason(),
                kinds,
                a.illnessConclusion(),
                a.illnessReason(),
                a.needLongTerm(),
                a.needComposite(),
                a.needHealthCare(),
                a.needOtherWelfare(),
                a.needConclusion(),
                a.needReason(),
                needs,
                a.childViews(),
                a.childViewsHow(),
                a.childViewsOn(),
                a.familyViews());
        return new AssessmentView(
                a.id(),
                a.coordinatorRequestId(),
                a.familyId(),
                a.childId(),
                a.status(),
                content,
                a.version(),
                a.modifiedAt(),
                a.modifiedBy());
    }
}
