package no.helhet.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import no.helhet.shared.NationalId;

/**
 * A child as other modules see it, with the age rules of the law: the right holds for an expected
 * child and for a child under 18; it ends on the 18th birthday.
 */
public record ChildSummary(
        UUID id,
        UUID familyId,
        String givenName,
        String familyName,
        LocalDate birthDate,
        LocalDate expectedDate,
        ExpectedKind expectedKind,
        String maskedNationalId) {

    public static final int AGE_OF_MAJORITY = 18;

    public boolean expected() {
        return birthDate == null;
    }

    /** Whole years of age on a date, or empty for an expected child. */
    public Optional<Integer> ageOn(LocalDate date) {
        if (expected()) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, Period.between(birthDate, date).getYears()));
    }

    /**
     * The 18th birthday, when the right to a barnekoordinator ends; empty for an expected child. A
     * child born on 29 February turns 18 on 1 March in an ordinary year (when 18 full years have passed).
     */
    public Optional<LocalDate> turns18On() {
        return expected() ? Optional.empty() : Optional.of(fullYearsReached(AGE_OF_MAJORITY));
    }

    /** Whether condition (a) can hold on a date: expected, or born and not yet 18. */
    public boolean expectedOrUnder18On(LocalDate date) {
        return expected() || date.isBefore(fullYearsReached(AGE_OF_MAJORITY));
    }

    private LocalDate fullYearsReached(int years) {
        LocalDate day = birthDate.plusYears(years);
        return Period.between(birthDate, day).getYears() < years ? day.plusDays(1) : day;
    }

    public String displayName() {
        String given = givenName == null || givenName.isBlank() ? "" : givenName;
        String family = familyName == null ? "" : familyName;
        return (given + " " + family).strip();
    }

    static ChildSummary of(Child c) {
        return new ChildSummary(
                c.id(),
                c.familyId(),
                c.givenName(),
                c.familyName(),
                c.birthDate(),
                c.expectedDate(),
                c.expectedKind(),
                NationalId.mask(c.nationalId()));
    }
}
