package no.helhet.assessment;

import static no.helhet.assessment.Conclusion.MET;
import static no.helhet.assessment.Conclusion.NOT_MET;
import static no.helhet.assessment.Conclusion.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.assessment.EligibilityRules.NeedFacts;
import no.helhet.family.ChildSummary;
import no.helhet.family.ExpectedKind;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private static final NeedFacts ALL = new NeedFacts(true, true, true, true);
    private static final NeedFacts HEALTH_ONLY = new NeedFacts(true, true, true, false);
    private static final NeedFacts SHORT_TERM = new NeedFacts(false, true, true, true);
    private static final NeedFacts NONE = new NeedFacts(false, false, false, false);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void allThreeConditionsMetGivesABarnekoordinator() {
        assertThat(EligibilityRules.propose(MET, MET, MET, ALL)).isEqualTo(Proposal.CHILD_COORDINATOR);
    }

    @Test
    void healthAndCareNeedsAloneProposeTheGeneralCoordinator() {
        assertThat(EligibilityRules.propose(MET, MET, NOT_MET, HEALTH_ONLY)).isEqualTo(Proposal.GENERAL_COORDINATOR);
    }

    @Test
    void theGeneralCoordinatorHasNoAgeLimitAndNoConditionOnSeverity() {
        assertThat(EligibilityRules.propose(NOT_MET, MET, MET, ALL)).isEqualTo(Proposal.GENERAL_COORDINATOR);
        assertThat(EligibilityRules.propose(MET, NOT_MET, MET, ALL)).isEqualTo(Proposal.GENERAL_COORDINATOR);
    }

    @Test
    void noLongTermCoordinatedNeedIsARefusal() {
        assertThat(EligibilityRules.propose(MET, MET, NOT_MET, SHORT_TERM)).isEqualTo(Proposal.REFUSAL);
        assertThat(EligibilityRules.propose(NOT_MET, NOT_MET, NOT_MET, NONE)).isEqualTo(Proposal.REFUSAL);
    }

    @Test
    void anUnclearOrMissingConclusionProposesNothingYet() {
        assertThat(EligibilityRules.propose(MET, UNCLEAR, MET, ALL)).isEqualTo(Proposal.INCOMPLETE);
        assertThat(EligibilityRules.propose(MET, MET, null, ALL)).isEqualTo(Proposal.INCOMPLETE);
        assertThat(EligibilityRules.propose(NOT_MET, null, NOT_MET, NONE)).isEqualTo(Proposal.INCOMPLETE);
    }

    @Test
    void conditionCCannotBeMetUnlessAllFourPartsHold() {
        ChildSummary child = born(LocalDate.of(2015, 5, 1));
        assertThat(EligibilityRules.contradictions(MET, MET, HEALTH_ONLY, child, TODAY))
                .containsExactly("assessment.rule.needIncomplete");
        assertThat(EligibilityRules.contradictions(MET, MET, ALL, child, TODAY)).isEmpty();
    }

    @Test
    void conditionACannotBeMetFromThe18thBirthday() {
        ChildSummary eighteenToday = born(TODAY.minusYears(18));
        ChildSummary eighteenTomorrow = born(TODAY.minusYears(18).plusDays(1));
        assertThat(EligibilityRules.contradictions(MET, null, NONE, eighteenToday, TODAY))
                .containsExactly("assessment.rule.ageOver18");
        assertThat(EligibilityRules.contradictions(MET, null, NONE, eighteenTomorrow, TODAY))
                .isEmpty();
    }

    @Test
    void anExpectedChildMeetsConditionA() {
        ChildSummary expected = new ChildSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "Berg",
                null,
                TODAY.plusMonths(3),
                ExpectedKind.PREGNANCY,
                "");
        assertThat(EligibilityRules.contradictions(MET, null, NONE, expected, TODAY))
                .isEmpty();
    }

    private static ChildSummary born(LocalDate birthDate) {
        return new ChildSummary(UUID.randomUUID(), UUID.randomUUID(), "Jonas", "Berg", birthDate, null, null, "");
    }
}
