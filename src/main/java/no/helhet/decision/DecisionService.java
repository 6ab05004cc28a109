package no.helhet.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentView;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.request.DecisionMade;
import no.helhet.shared.RulesProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes decisions: the decision module's API. A decision needs a complete assessment whose proposal
 * supports the outcome; it freezes the assessment and writes the letter in one transaction, and
 * publishes {@link DecisionMade}, on which the request's status follows (docs/adr/0008-events.md).
 */
@Service
public class DecisionService {

    private final DecisionRepository decisions;
    private final AssessmentService assessments;
    private final Letters letters;
    private final RulesProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(
            DecisionRepository decisions,
            AssessmentService assessments,
            Letters letters,
            RulesProperties rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.assessments = assessments;
        this.letters = letters;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID decide(UUID assessmentId, DecisionDraft draft) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        if (assessment.frozen()) {
            throw new DecisionRefusedException("decision.assessmentFrozen");
        }
        if (!draft.outcome().supportedBy(assessment.proposal())) {
            throw new DecisionRefusedException("decision.outcomeNotSupported");
        }
        LocalDate today = LocalDate.now(clock);
        Decision decision = decisions.save(new Decision(
                UUID.randomUUID(),
                assessment.requestId(),
                assessmentId,
                assessment.familyId(),
                assessment.childId(),
                draft.outcome(),
                draft.ageReason(),
                draft.illnessReason(),
                draft.needReason(),
                draft.summary(),
                today,
                today.plus(rules.complaintDeadline()),
                null,
                null,
                null,
                null,
                null,
                null));
        assessments.freeze(assessmentId);
        UUID letterId = letters.write(LetterRequest.of(DocumentKind.DECISION_LETTER, decision.familyId(), today)
                .aboutChild(assessment.childId())
                .inCase(assessment.requestId())
                .with("conclusions", assessment.content())
                .with("decision", DecisionView.of(decision)));
        decisions.save(decision.withLetter(letterId));
        events.publishEvent(new DecisionMade(
                decision.id(),
                decision.coordinatorRequestId(),
                decision.familyId(),
                decision.outcome().granted(),
                today));
        return decision.id();
    }

    @Transactional(readOnly = true)
    public DecisionView getDecision(UUID decisionId) {
        return decisions.findById(decisionId).map(DecisionView::of).orElseThrow(DecisionNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<DecisionView> forRequest(UUID requestId) {
        return decisions.findByCoordinatorRequestIdOrderByCreatedAt(requestId).stream()
                .map(DecisionView::of)
                .toList();
    }

    /** What the caseworker decides: the outcome and the reasons per condition, as the letter will say them. */
    public record DecisionDraft(
            DecisionOutcome outcome, String ageReason, String illnessReason, String needReason, String summary) {}
}
