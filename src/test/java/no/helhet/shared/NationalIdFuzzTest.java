package no.helhet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing (issue 12): the national-id validator never throws, and what it accepts is eleven digits
 * with a birth date, accepted again as the same number. In every build the inputs under
 * {@code NationalIdFuzzTestInputs} run as a regression test; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class NationalIdFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parse(FuzzedDataProvider data) {
        boolean synthetic = data.consumeBoolean();
        String input = data.consumeRemainingAsString();
        NationalId.Result result = NationalId.parse(input, synthetic);
        NationalId id = result.value();
        if (id != null) {
            assertThat(id.digits()).matches("[0-9]{11}");
            assertThat(id.birthDate()).isNotNull();
            assertThat(NationalId.parse(id.digits(), synthetic).value().digits())
                    .isEqualTo(id.digits());
        }
    }
}
