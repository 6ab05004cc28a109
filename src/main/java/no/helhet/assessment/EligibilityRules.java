package no.helhet.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.helhet.family.ChildSummary;

/**
 * The rules of the right to a barnekoordinator (LAW.md §1) as far as software may apply them: it
 * checks that conclusions are consistent with the facts recorded and proposes an outcome; the
 * professional judgement stays with the caseworker.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    /**
     * The outcome the assessment supports. All three conditions met gives a barnekoordinator. When
     * that is not so but the child needs long-term and coordinated health-and-care services, the
     * general coordinator (hol. § 7-2: no age limit, no condition on severity) is proposed. Every
     * condition must be concluded (met or not met) before anything but a barnekoordinator is proposed.
     */
    public static Proposal propose(Conclusion age, Conclusion illness, Conclusion need, NeedFacts facts) {
        if (age == Conclusion.MET && illness == Conclusion.MET && need == Conclusion.MET) {
            return Proposal.CHILD_COORDINATOR;
        }
        if (unsettled(age) || unsettled(illness) || unsettled(need)) {
            return Proposal.INCOMPLETE;
        }
        return facts.qualifiesForGeneralCoordinator() ? Proposal.GENERAL_COORDINATOR : Proposal.REFUSAL;
    }

    private static boolean unsettled(Conclusion c) {
        return c == null || c == Conclusion.UNCLEAR;
    }

    /**
     * Conclusions the recorded facts contradict, as message keys: condition (a) cannot be met for a
     * child who is 18 on the assessment date; condition (c) cannot be met unless the need is
     * long-term, composite or coordinated, and for both health-and-care and other welfare services.
     */
    public static List<String> contradictions(
            Conclusion age, Conclusion need, NeedFacts facts, ChildSummary child, LocalDate on) {
        List<String> problems = new ArrayList<>();
        if (age == Conclusion.MET && !child.expectedOrUnder18On(on)) {
            problems.add("assessment.rule.ageOver18");
        }
        if (need == Conclusion.MET && !facts.allHold()) {
            problems.add("assessment.rule.needIncomplete");
        }
        return problems;
    }

    /**
     * The facts behind condition (c).
     *
     * @param longTerm the need is long-term
     * @param composite the services must be composite or coordinated
     * @param healthCare there is a need for health-and-care services
     * @param otherWelfare there is a need for other welfare services
     */
    public record NeedFacts(boolean longTerm, boolean composite, boolean healthCare, boolean otherWelfare) {

        public boolean allHold() {
            return longTerm && composite && healthCare && otherWelfare;
        }

        public boolean qualifiesForGeneralCoordinator() {
            return longTerm && composite && healthCare;
        }
    }
}
