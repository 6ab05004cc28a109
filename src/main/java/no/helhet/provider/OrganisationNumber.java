package no.helhet.provider;

/** A Norwegian organisation number: nine digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {}

    /** The number with spaces removed, or null when it is not a valid organisation number. */
    static String normalise(String input) {
        String digits = input == null ? "" : input.replace(" ", "").strip();
        if (!digits.matches("\\d{9}")) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0' ? digits : null;
    }
}
