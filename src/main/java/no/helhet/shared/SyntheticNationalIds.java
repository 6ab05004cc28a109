package no.helhet.shared;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic national id numbers as in Skatteetaten's test population: month + 80, so that they can
 * never be a real person's number. D-numbers (day + 40) on request. Unique within one generator; the
 * same random source gives the same numbers. Used by the demo data and by the tests' fixtures, and
 * valid for {@link NationalId#parse} wherever synthetic numbers are accepted.
 */
public final class SyntheticNationalIds {

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    public SyntheticNationalIds(Random random) {
        this.random = random;
    }

    /** A fødselsnummer (month + 80) for the birth date. */
    public synchronized String birthNumber(LocalDate birthDate) {
        return make(birthDate, false);
    }

    /** A D-number (day + 40, month + 80) for the birth date. */
    public synchronized String dNumber(LocalDate birthDate) {
        return make(birthDate, true);
    }

    private String make(LocalDate birthDate, boolean dNumber) {
        int day = birthDate.getDayOfMonth() + (dNumber ? 40 : 0);
        int month = birthDate.getMonthValue() + 80;
        int yy = birthDate.getYear() % 100;
        boolean twentyFirst = birthDate.getYear() >= 2000;
        for (int attempt = 0; attempt < 1000; attempt++) {
            int individual = twentyFirst ? 500 + random.nextInt(500) : random.nextInt(500);
            String nine = String.format("%02d%02d%02d%03d", day, month, yy, individual);
            var number = NationalId.withCheckDigits(nine);
            if (number.isPresent() && issued.add(number.get())) {
                return number.get();
            }
        }
        throw new IllegalStateException("no free synthetic number for the date");
    }
}
