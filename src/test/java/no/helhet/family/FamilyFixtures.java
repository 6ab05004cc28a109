package no.helhet.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.shared.SyntheticNationalIds;
import org.springframework.stereotype.Component;

/**
 * Builders for families, registered through {@link FamilyService} with synthetic national ids from
 * the generator the demo data use:
 *
 * <pre>
 * FamilyDetails family = familyFixtures.aFamily().named("Hansen").withChild("Emma", 8).build();
 * </pre>
 *
 * Without a guardian, the family gets one (Kari, with parental responsibility); without a child,
 * one of eight (Emma).
 */
@Component
public class FamilyFixtures {

    /** One generator for the whole test run, so that no number is issued twice. */
    private static final SyntheticNationalIds NATIONAL_IDS = new SyntheticNationalIds(new Random(4104L));

    private final FamilyService families;

    FamilyFixtures(FamilyService families) {
        this.families = families;
    }

    /** A synthetic national id (month + 80) for the birth date, never issued before in this test run. */
    public static String aNationalId(LocalDate birthDate) {
        return NATIONAL_IDS.birthNumber(birthDate);
    }

    public FamilyBuilder aFamily() {
        return new FamilyBuilder(families.today());
    }

    public final class FamilyBuilder {
        private final LocalDate today;
        private String familyName = "Testesen";
        private final List<NewGuardian> guardians = new ArrayList<>();
        private final List<NewChild> children = new ArrayList<>();

        private FamilyBuilder(LocalDate today) {
            this.today = today;
        }

        /** The family name of the guardians and children added after it. */
        public FamilyBuilder named(String familyName) {
            this.familyName = familyName;
            return this;
        }

        /** A guardian with parental responsibility, 38 years old. */
        public FamilyBuilder withGuardian(String givenName) {
            guardians.add(new NewGuardian(aNationalId(today.minusYears(38)), givenName, familyName, true, null, null));
            return this;
        }

        /** A guardian with parental responsibility, 38 years old, living at a postal address. */
        public FamilyBuilder withGuardianAt(String givenName, String street, String postcode, String place) {
            guardians.add(new NewGuardian(
                    aNationalId(today.minusYears(38)),
                    givenName,
                    familyName,
                    true,
                    null,
                    null,
                    new PostalAddress(street, postcode, place)));
            return this;
        }

        /** A guardian without parental responsibility (who must never receive letters). */
        public FamilyBuilder withGuardianWithoutParentalResponsibility(String givenName) {
            guardians.add(new NewGuardian(aNationalId(today.minusYears(40)), givenName, familyName, false, null, null));
            return this;
        }

        /** A child who turned {@code age} ten days ago. */
        public FamilyBuilder withChild(String givenName, int age) {
            LocalDate birthDate = today.minusYears(age).minusDays(10);
            children.add(new NewChild(aNationalId(birthDate), givenName, familyName, birthDate, null, null));
            return this;
        }

        /** A child born on a given date (e.g. one who turns 18 soon). */
        public FamilyBuilder withChildBorn(String givenName, LocalDate birthDate) {
            children.add(new NewChild(aNationalId(birthDate), givenName, familyName, birthDate, null, null));
            return this;
        }

        /** A child expected (born or adopted) on a date. */
        public FamilyBuilder expecting(LocalDate expectedDate, ExpectedKind kind) {
            children.add(new NewChild(null, null, familyName, null, expectedDate, kind));
            return this;
        }

        public FamilyDetails build() {
            if (guardians.isEmpty()) {
                withGuardian("Kari");
            }
            if (children.isEmpty()) {
                withChild("Emma", 8);
            }
            return families.getFamily(
                    families.registerFamily(new NewFamily("Demo kommune", "99999999", null, guardians, children)));
        }
    }
}
