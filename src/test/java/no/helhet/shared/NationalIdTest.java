package no.helhet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.helhet.shared.NationalId.Kind;
import no.helhet.shared.NationalId.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdTest {

    @ParameterizedTest(name = "{0} is a valid number born {1}")
    @CsvSource({
        "15076500565, 1965-07-15", // fødselsnummer, individual number 005 → 1900s
        "13097248022, 1972-09-13",
        "01081051239, 2010-08-01", // individual number 512 with year 10 → 2000s
        "29020851242, 2008-02-29", // a leap day
    })
    void acceptsValidBirthNumbers(String number, LocalDate birthDate) {
        NationalId.Result result = NationalId.parse(number, false);
        assertThat(result.valid()).isTrue();
        assertThat(result.value().kind()).isEqualTo(Kind.BIRTH_NUMBER);
        assertThat(result.value().birthDate()).isEqualTo(birthDate);
        assertThat(result.value().synthetic()).isFalse();
    }

    @Test
    void acceptsDNumbersWithDayPlus40() {
        NationalId.Result result = NationalId.parse("55076500559", false);
        assertThat(result.valid()).isTrue();
        assertThat(result.value().kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(result.value().birthDate()).isEqualTo(LocalDate.of(1965, 7, 15));
    }

    @Test
    void acceptsSyntheticNumbersOnlyWhereConfigured() {
        assertThat(NationalId.parse("15876500520", false).problem()).isEqualTo(Problem.SYNTHETIC_NOT_ALLOWED);
        NationalId.Result allowed = NationalId.parse("01901051212", true);
        assertThat(allowed.valid()).isTrue();
        assertThat(allowed.value().synthetic()).isTrue();
        assertThat(allowed.value().birthDate()).isEqualTo(LocalDate.of(2010, 10, 1));
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource({
        "1507650056, FORMAT", // ten digits
        "150765005651, FORMAT",
        "15O76500565, FORMAT", // a letter O
        "'', FORMAT",
        "15076500566, CHECKSUM", // last check digit wrong
        "15076500575, CHECKSUM", // first check digit wrong
        "29029900157, DATE", // 29 February 1999 does not exist
    })
    void rejectsInvalidNumbers(String number, Problem problem) {
        assertThat(NationalId.parse(number, true).problem()).isEqualTo(problem);
    }

    @Test
    void ignoresSpacesButNeverPrintsTheWholeNumber() {
        NationalId id = NationalId.parse("150765 00565", false).value();
        assertThat(id.digits()).isEqualTo("15076500565");
        assertThat(id.toString()).isEqualTo("150765 *****").doesNotContain("00565");
        assertThat(NationalId.mask("15076500565")).isEqualTo("150765 *****");
    }

    @Test
    void computesCheckDigitsForTheDemoGenerator() {
        assertThat(NationalId.withCheckDigits("150765005")).contains("15076500565");
        assertThat(NationalId.withCheckDigits("550765006")).isEmpty(); // no valid check digit exists
    }
}
