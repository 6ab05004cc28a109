package no.helhet.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "923609016", "974 760 673"})
    void acceptsValidNumbers(String number) {
        assertThat(OrganisationNumber.normalise(number)).isEqualTo(number.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760674", "97476067", "9747606731", "97476067A", ""})
    void rejectsInvalidNumbers(String number) {
        assertThat(OrganisationNumber.normalise(number)).isNull();
    }
}
