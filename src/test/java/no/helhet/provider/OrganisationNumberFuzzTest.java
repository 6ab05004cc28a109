package no.helhet.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing (issue 12): the organisation-number validator never throws; what it accepts is nine ASCII
 * digits with a correct check digit, and normalising it again changes nothing.
 */
class OrganisationNumberFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void normalise(String input) {
        String number = OrganisationNumber.normalise(input);
        if (number != null) {
            assertThat(number).matches("[0-9]{9}");
            assertThat(OrganisationNumber.normalise(number)).isEqualTo(number);
        }
    }
}
