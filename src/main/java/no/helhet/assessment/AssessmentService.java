package no.helhet.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.request.RequestSummary;
import no.helhet.staff.CurrentStaff;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts, saves and freezes assessments: the assessment module's API. */
@Service
public class AssessmentService {

    private final EligibilityAssessmentRepository assessments;
    private final RequestService requests;
    private final FamilyService families;
    private final Clock clock;

    AssessmentService(
            EligibilityAssessmentRepository assessments, RequestService requests, FamilyService families, Clock clock) {
        this.assessments = assessments;
        this.requests = requests;
        this.families = families;
        this.clock = clock;
    }

    /** Starts an assessment of a request for one of its children; one draft at a time per request. */
    @Transactional
    public UUID startAssessment(UUID requestId, UUID childId) {
        RequestSummary request = requests.getRequest(requestId);
        if (!request.childIds().contains(childId)) {
            throw new IllegalArgumentException("child not in request");
        }
        var draft = forRequest(requestId).stream().filter(a -> !a.frozen()).findFirst();
        if (draft.isPresent()) {
            return draft.get().id();
        }
        EligibilityAssessment a = assessments.save(EligibilityAssessment.start(
                requestId, request.familyId(), childId, clock.instant(), CurrentStaff.username()));
        requests.startAssessment(requestId);
        return a.id();
    }

    /**
     * Saves the draft. Refuses a frozen assessment, and a draft that someone else saved since the
     * caller read it ({@code seenVersion}).
     */
    @Transactional
    public void saveDraft(UUID assessmentId, int seenVersion, AssessmentContent content) {
        EligibilityAssessment a = load(assessmentId);
        if (a.status() == AssessmentStatus.DECIDED) {
            throw new AssessmentFrozenException();
        }
        if (a.version() != seenVersion) {
            throw new OptimisticLockingFailureException("assessment changed by someone else");
        }
        assessments.save(a.withContent(content, seenVersion, clock.instant(), CurrentStaff.username()));
    }

    /** Contradictions between conclusions and recorded facts, as message keys (empty when consistent). */
    public List<String> contradictions(UUID childId, AssessmentContent content) {
        ChildSummary child = families.getChild(childId);
        return EligibilityRules.contradictions(
                content.ageConclusion(), content.needConclusion(), content.facts(), child, today());
    }

    /** Freezes the assessment a decision rests on; called in the decision's transaction. */
    @Transactional
    public void freeze(UUID assessmentId) {
        EligibilityAssessment a = load(assessmentId);
        if (a.status() == AssessmentStatus.DECIDED) {
            throw new AssessmentFrozenException();
        }
        assessments.save(a.frozen(clock.instant(), CurrentStaff.username()));
    }

    @Transactional(readOnly = true)
    public AssessmentView getAssessment(UUID assessmentId) {
        return AssessmentView.of(load(assessmentId));
    }

    @Transactional(readOnly = true)
    public List<AssessmentView> forRequest(UUID requestId) {
        return assessments.findByCoordinatorRequestIdOrderByCreatedAt(requestId).stream()
                .map(AssessmentView::of)
                .toList();
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private EligibilityAssessment load(UUID id) {
        return assessments.findById(id).orElseThrow(AssessmentNotFoundException::new);
    }
}
