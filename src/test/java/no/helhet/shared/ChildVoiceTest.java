package no.helhet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildVoiceTest {

    private final RulesProperties rules = new RulesProperties(
            Period.ofDays(28), Period.ofDays(28), 7, 12, 16, Period.ofDays(90), 25, Period.ofDays(3));

    @Test
    void aChildUnderTheAgeOfBeingHeardOrNotYetBornNeedsNothing() {
        assertThat(ChildVoice.none().problems(Optional.of(6), rules)).isEmpty();
        assertThat(ChildVoice.none().problems(Optional.empty(), rules)).isEmpty();
    }

    @Test
    void fromSevenTheViewsAndHowOrTheReasonTheChildWasNotHeard() {
        assertThat(ChildVoice.none().problems(Optional.of(7), rules))
                .extracting(ChildVoice.Problem::part)
                .containsExactly(ChildVoice.Part.VIEWS, ChildVoice.Part.HOW);
        assertThat(new ChildVoice("Vil ha Per", "Samtale", null, null).problems(Optional.of(11), rules))
                .isEmpty();
        assertThat(new ChildVoice(null, null, ChildNotHeardReason.TOO_ILL, null).problems(Optional.of(15), rules))
                .isEmpty();
    }

    @Test
    void fromTwelveHowTheViewsWereWeighedAndTheAgesComeFromTheSettings() {
        assertThat(new ChildVoice("Vil ha Per", "Samtale", null, " ").problems(Optional.of(12), rules))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.part()).isEqualTo(ChildVoice.Part.WEIGHING);
                    assertThat(p.args()).containsExactly(12, 12);
                });
        RulesProperties older = new RulesProperties(
                Period.ofDays(28), Period.ofDays(28), 9, 14, 16, Period.ofDays(90), 25, Period.ofDays(3));
        assertThat(ChildVoice.none().problems(Optional.of(8), older)).isEmpty();
        assertThat(new ChildVoice("Vil ha Per", "Samtale", null, null).problems(Optional.of(13), older))
                .isEmpty();
    }
}
