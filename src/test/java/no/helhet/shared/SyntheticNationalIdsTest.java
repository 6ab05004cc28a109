package no.helhet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator the demo data and the tests share gives numbers NationalId accepts only as synthetic. */
class SyntheticNationalIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1950-01-01", "1986-04-02", "1999-12-31", "2000-02-29", "2016-06-01", "2025-11-30"})
    void birthNumbersAreValidSyntheticNumbersForTheDate(String date) {
        LocalDate birthDate = LocalDate.parse(date);
        String number = new SyntheticNationalIds(new Random(7)).birthNumber(birthDate);

        NationalId id = NationalId.parse(number, true).value();
        assertThat(id.synthetic()).isTrue();
        assertThat(id.kind()).isEqualTo(NationalId.Kind.BIRTH_NUMBER);
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(NationalId.parse(number, false).problem()).isEqualTo(NationalId.Problem.SYNTHETIC_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1975-03-14", "1990-10-31", "2004-07-09"})
    void dNumbersAreValidSyntheticDNumbersForTheDate(String date) {
        LocalDate birthDate = LocalDate.parse(date);
        NationalId id = NationalId.parse(new SyntheticNationalIds(new Random(7)).dNumber(birthDate), true)
                .value();
        assertThat(id.synthetic()).isTrue();
        assertThat(id.kind()).isEqualTo(NationalId.Kind.D_NUMBER);
        assertThat(id.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 20220801})
    void neverIssuesTheSameNumberTwiceAndTheSameSeedGivesTheSameNumbers(long seed) {
        SyntheticNationalIds ids = new SyntheticNationalIds(new Random(seed));
        SyntheticNationalIds again = new SyntheticNationalIds(new Random(seed));
        LocalDate birthDate = LocalDate.of(2012, 5, 17);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String number = ids.birthNumber(birthDate);
            assertThat(again.birthNumber(birthDate)).isEqualTo(number);
            numbers.add(number);
        }
        assertThat(numbers).hasSize(100);
    }
}
