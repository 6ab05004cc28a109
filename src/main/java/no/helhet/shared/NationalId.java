package no.helhet.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Norwegian national identity number: fødselsnummer, D-number (day + 40) or a synthetic test
 * number (month + 80, as in Skatteetaten's test population). Eleven digits, two mod-11 check digits.
 * {@link #toString()} is masked so that the number never ends up in a log line by accident.
 */
public final class NationalId {

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** What kind of number it is. */
    public enum Kind {
        BIRTH_NUMBER,
        D_NUMBER
    }

    /** Why a number was rejected; each maps to a message key {@code nationalId.<name>}. */
    public enum Problem {
        FORMAT,
        CHECKSUM,
        DATE,
        SYNTHETIC_NOT_ALLOWED
    }

    private final String digits;
    private final Kind kind;
    private final boolean synthetic;
    private final LocalDate birthDate;

    private NationalId(String digits, Kind kind, boolean synthetic, LocalDate birthDate) {
        this.digits = digits;
        this.kind = kind;
        this.synthetic = synthetic;
        this.birthDate = birthDate;
    }

    /** Parses a number, or says why it is not valid. Spaces are ignored. */
    public static Result parse(String input, boolean acceptSynthetic) {
        String digits = input == null ? "" : input.replace(" ", "").strip();
        if (!digits.matches("\\d{11}")) {
            return Result.problem(Problem.FORMAT);
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        if (checkDigit(d, WEIGHTS_1) != d[9] || checkDigit(d, WEIGHTS_2) != d[10]) {
            return Result.problem(Problem.CHECKSUM);
        }
        int day = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        Kind kind = Kind.BIRTH_NUMBER;
        if (day > 40) {
            kind = Kind.D_NUMBER;
            day -= 40;
        }
        boolean synthetic = month > 80;
        if (synthetic) {
            if (!acceptSynthetic) {
                return Result.problem(Problem.SYNTHETIC_NOT_ALLOWED);
            }
            month -= 80;
        }
        int yy = d[4] * 10 + d[5];
        int individual = d[6] * 100 + d[7] * 10 + d[8];
        Optional<Integer> year = century(individual, yy).map(c -> c + yy);
        if (year.isEmpty()) {
            return Result.problem(Problem.DATE);
        }
        try {
            LocalDate birthDate = LocalDate.of(year.get(), month, day);
            return new Result(new NationalId(digits, kind, synthetic, birthDate), null);
        } catch (DateTimeException e) {
            return Result.problem(Problem.DATE);
        }
    }

    /** The century from the individual number, as Skatteetaten assigns them. */
    private static Optional<Integer> century(int individual, int yy) {
        if (individual <= 499) {
            return Optional.of(1900);
        }
        if (individual >= 500 && individual <= 749 && yy >= 54) {
            return Optional.of(1800);
        }
        if (individual >= 900 && yy >= 40) {
            return Optional.of(1900);
        }
        if (yy <= 39) {
            return Optional.of(2000);
        }
        return Optional.empty();
    }

    private static int checkDigit(int[] d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += d[i] * weights[i];
        }
        int rest = 11 - sum % 11;
        return rest == 11 ? 0 : rest; // 10 can never match a digit, so it is rejected
    }

    /** Computes the two check digits for nine leading digits (used by {@link SyntheticNationalIds}). */
    public static Optional<String> withCheckDigits(String nineDigits) {
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = nineDigits.charAt(i) - '0';
        }
        d[9] = checkDigit(d, WEIGHTS_1);
        if (d[9] == 10) {
            return Optional.empty();
        }
        d[10] = checkDigit(d, WEIGHTS_2);
        if (d[10] == 10) {
            return Optional.empty();
        }
        return Optional.of(nineDigits + d[9] + d[10]);
    }

    public String digits() {
        return digits;
    }

    public Kind kind() {
        return kind;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The first six digits and the rest masked: {@code 010203 *****}. */
    public String masked() {
        return mask(digits);
    }

    /** Masks any stored number the same way, for lists. */
    public static String mask(String digits) {
        if (digits == null || digits.length() != 11) {
            return "";
        }
        return digits.substring(0, 6) + " *****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Either a valid number or the problem with it. */
    public record Result(NationalId value, Problem problem) {
        static Result problem(Problem problem) {
            return new Result(null, problem);
        }

        public boolean valid() {
            return value != null;
        }
    }
}
