package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChildSummaryTest {

    private static ChildSummary bornOn(LocalDate birthDate) {
        return new ChildSummary(
                UUID.randomUUID(), UUID.randomUUID(), "Emma", "Hansen", birthDate, null, null, "010810 *****");
    }

    private static ChildSummary expected(LocalDate on, ExpectedKind kind) {
        return new ChildSummary(UUID.randomUUID(), UUID.randomUUID(), null, "Hansen", null, on, kind, "");
    }

    @Test
    void ageIsWholeYearsOnTheGivenDate() {
        ChildSummary child = bornOn(LocalDate.of(2010, 8, 1));
        assertThat(child.ageOn(LocalDate.of(2026, 7, 31))).contains(15);
        assertThat(child.ageOn(LocalDate.of(2026, 8, 1))).contains(16);
    }

    @Test
    void theRightEndsOnThe18thBirthday() {
        ChildSummary child = bornOn(LocalDate.of(2008, 11, 22));
        assertThat(child.turns18On()).contains(LocalDate.of(2026, 11, 22));
        assertThat(child.expectedOrUnder18On(LocalDate.of(2026, 11, 21))).isTrue();
        assertThat(child.expectedOrUnder18On(LocalDate.of(2026, 11, 22))).isFalse();
    }

    @Test
    void aLeapDayChildTurns18OnTheFirstOfMarchInAnOrdinaryYear() {
        ChildSummary child = bornOn(LocalDate.of(2008, 2, 29));
        assertThat(child.turns18On()).contains(LocalDate.of(2026, 3, 1));
        assertThat(child.ageOn(LocalDate.of(2026, 2, 28))).contains(17);
        assertThat(child.ageOn(LocalDate.of(2026, 3, 1))).contains(18);
        assertThat(child.expectedOrUnder18On(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(child.expectedOrUnder18On(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void anExpectedChildHasNoAgeButHoldsConditionA() {
        ChildSummary pregnancy = expected(LocalDate.of(2027, 3, 1), ExpectedKind.PREGNANCY);
        ChildSummary adoption = expected(LocalDate.of(2027, 1, 15), ExpectedKind.ADOPTION);
        assertThat(pregnancy.expected()).isTrue();
        assertThat(pregnancy.ageOn(LocalDate.of(2026, 11, 22))).isEmpty();
        assertThat(pregnancy.turns18On()).isEmpty();
        assertThat(pregnancy.expectedOrUnder18On(LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(adoption.expectedOrUnder18On(LocalDate.of(2026, 11, 22))).isTrue();
    }
}
