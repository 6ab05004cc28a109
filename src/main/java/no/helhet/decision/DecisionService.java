package no.helhet.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentView;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.family.FamilyService;
import no.helhet.request.DecisionMade;
import no.helhet.shared.ChildVoice;
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
    private final FamilyService families;
    private final RulesProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(
            DecisionRepository decisions,
            AssessmentService assessments,
            Letters letters,
            FamilyService families,
            RulesProperties rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.assessments = assessments;
        this.letters = letters;
        this.families = families;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID decide(UUID assessmentId, DecisionDraft draft) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        Decision decision = decisions.save(checkedDecision(assessment, draft));
        assessments.freeze(assessmentId);
        UUID letterId = letters.write(letter(assessment, decision, draft));
        decisions.save(decision.withLetter(letterId));
        events.publishEvent(new DecisionMade(
                decision.id(),
                decision.coordinatorRequestId(),
                decision.familyId(),
                decision.outcome().granted(),
                decision.decidedOn()));
        return decision.id();
    }

    /**
     * The decision letter as {@link #decide} would write it from this draft today, marked as a draft
     * and stored nowhere: no decision is made, the assessment stays open. Refused as deciding would be.
     */
    @Transactional(readOnly = true)
    public byte[] previewLetter(UUID assessmentId, DecisionDraft draft) {
        AssessmentView assessment = assessments.getAssessment(assessmentId);
        return letters.preview(letter(assessment, checkedDecision(assessment, draft), draft));
    }

    /** The decision a draft makes today, after the checks every decision passes; not saved. */
    private Decision checkedDecision(AssessmentView assessment, DecisionDraft draft) {
        if (assessment.frozen()) {
            throw new DecisionRefusedException("decision.assessmentFrozen");
        }
        if (!draft.outcome().supportedBy(assessment.proposal())) {
            throw new DecisionRefusedException("decision.outcomeNotSupported");
        }
        LocalDate today = today();
        if (!childVoiceProblems(assessment.childId(), draft.childVoice()).isEmpty()) {
            throw new DecisionRefusedException("decision.childVoice.missing");
        }
        if (draft.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR
                && !childCoordinatorAllowed(assessment.childId())) {
            throw new DecisionRefusedException(
                    rules.offersExtension() ? "decision.afterEighteen.pastPolicy" : "decision.afterEighteen.noPolicy");
        }
        ChildVoice voice = draft.childVoice().normalised();
        return new Decision(
                UUID.randomUUID(),
                assessment.requestId(),
                assessment.id(),
                assessment.familyId(),
                assessment.childId(),
                draft.outcome(),
                draft.ageReason(),
                draft.illnessReason(),
                draft.needReason(),
                draft.summary(),
                voice.views(),
                voice.how(),
                voice.notHeardReason(),
                voice.weighing(),
                today,
                today.plus(rules.complaintDeadline()),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** What the decision letter shows: the assessment's conclusions, the decision, the right's end. */
    private LetterRequest letter(AssessmentView assessment, Decision decision, DecisionDraft draft) {
        LetterRequest letter = LetterRequest.of(DocumentKind.DECISION_LETTER, decision.familyId(), decision.decidedOn())
                .aboutChild(assessment.childId())
                .inCase(assessment.requestId())
                .with("conclusions", assessment.content())
                .with("decision", DecisionView.of(decision));
        Optional<RightEnding> ending = rightEnding(assessment.childId());
        if (ending.isPresent() && draft.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR) {
            letter = letter.with("rightEnding", ending.get());
        }
        return letter;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * What is missing of the child's voice before a decision can be made for this child today
     * (LAW.md §5 item 26; the ages are settings).
     */
    @Transactional(readOnly = true)
    public List<ChildVoice.Problem> childVoiceProblems(UUID childId, ChildVoice voice) {
        return (voice == null ? ChildVoice.none() : voice).problems(childAge(childId), rules);
    }

    /**
     * When the child turns 18 within {@code helhet.rules.right-ending-notice} from today: the day the
     * right ends and what the municipal policy offers after it.
     */
    @Transactional(readOnly = true)
    public Optional<RightEnding> rightEnding(UUID childId) {
        LocalDate today = LocalDate.now(clock);
        return families.getChild(childId)
                .turns18On()
                .filter(d -> d.isAfter(today) && !d.isAfter(today.plus(rules.rightEndingNotice())))
                .map(d -> new RightEnding(d, rules.offersExtension(), rules.extensionUpToAge()));
    }

    /**
     * Whether a barnekoordinator can be granted for the child today (LAW.md §1 item 9): under 18 (or
     * expected), or after 18 only under the municipal policy, up to its age (extension-up-to-age).
     */
    @Transactional(readOnly = true)
    public boolean childCoordinatorAllowed(UUID childId) {
        return childAge(childId)
                .map(age -> childCoordinatorAllowedAt(age, rules))
                .orElse(true);
    }

    /** The age rule of {@link #childCoordinatorAllowed(UUID)}. */
    static boolean childCoordinatorAllowedAt(int age, RulesProperties rules) {
        return age < 18 || (rules.offersExtension() && age < rules.extensionUpToAge());
    }

    /** The child's 18th birthday; empty for an expected child. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> turns18On(UUID childId) {
        return families.getChild(childId).turns18On();
    }

    /** The child's age today; empty for an expected child. */
    @Transactional(readOnly = true)
    public Optional<Integer> childAge(UUID childId) {
        return families.getChild(childId).ageOn(LocalDate.now(clock));
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
            DecisionOutcome outcome,
            String ageReason,
            String illnessReason,
            String needReason,
            String summary,
            ChildVoice childVoice) {}
}
