package no.helhet.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.shared.DemoMode;
import no.helhet.shared.NationalId;
import no.helhet.shared.NationalIdProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The rules of the family form that annotations cannot say: national ids, born or expected, at least one of each. */
@Component
class FamilyFormValidator {

    private final boolean acceptSynthetic;

    FamilyFormValidator(NationalIdProperties nationalIds, DemoMode demoMode) {
        this.acceptSynthetic = nationalIds.acceptSynthetic() || demoMode.enabled();
    }

    /** Validates and, when the form is valid, returns the family to register. */
    Optional<NewFamily> validate(FamilyForm form, Errors errors) {
        List<NewGuardian> guardians = new ArrayList<>();
        for (int i = 0; i < form.getGuardians().size(); i++) {
            GuardianForm g = form.getGuardians().get(i);
            if (g.blank() && !(i == 0 && form.getGuardians().stream().allMatch(GuardianForm::blank))) {
                continue;
            }
            String path = "guardians[" + i + "].";
            Optional<NationalId> id = nationalId(g.getNationalId(), path + "nationalId", errors);
            required(g.getGivenName(), path + "givenName", errors);
            required(g.getFamilyName(), path + "familyName", errors);
            PostalAddress address = address(g.getStreetAddress(), g.getPostcode(), g.getPostPlace(), path, errors);
            id.ifPresent(n -> guardians.add(new NewGuardian(
                    n.digits(),
                    g.getGivenName(),
                    g.getFamilyName(),
                    g.isParentalResponsibility(),
                    g.getPhone(),
                    g.getEmail(),
                    address)));
        }
        List<NewChild> children = new ArrayList<>();
        for (int i = 0; i < form.getChildren().size(); i++) {
            ChildForm c = form.getChildren().get(i);
            if (c.blank() && !(i == 0 && form.getChildren().stream().allMatch(ChildForm::blank))) {
                continue;
            }
            validateChild(c, "children[" + i + "].", errors).ifPresent(children::add);
        }
        return errors.hasErrors()
                ? Optional.empty()
                : Optional.of(new NewFamily(
                        form.getAddressMunicipality(), form.getPhone(), form.getEmail(), guardians, children));
    }

    /** A born child needs a valid national id and a name; an expected child a date and a kind. */
    Optional<NewChild> validateChild(ChildForm c, String path, Errors errors) {
        if ("EXPECTED".equals(c.getStatus())) {
            if (c.getExpectedDate() == null) {
                errors.rejectValue(path + "expectedDate", "child.expectedDate.required");
            }
            if (c.getExpectedKind() == null) {
                errors.rejectValue(path + "expectedKind", "child.expectedKind.required");
            }
            if (c.getExpectedDate() == null || c.getExpectedKind() == null) {
                return Optional.empty();
            }
            return Optional.of(new NewChild(
                    null, c.getGivenName(), c.getFamilyName(), null, c.getExpectedDate(), c.getExpectedKind()));
        }
        if (!"BORN".equals(c.getStatus())) {
            errors.rejectValue(path + "status", "child.status.required");
            return Optional.empty();
        }
        Optional<NationalId> id = nationalId(c.getNationalId(), path + "nationalId", errors);
        required(c.getGivenName(), path + "givenName", errors);
        required(c.getFamilyName(), path + "familyName", errors);
        return id.map(n -> new NewChild(n.digits(), c.getGivenName(), c.getFamilyName(), n.birthDate(), null, null));
    }

    /**
     * A child registered as born, or a born child's details corrected: a valid national id (on a
     * correction, empty keeps {@code registeredId}), a name, and a birth date that the national id
     * confirms and that is not in the future.
     */
    Optional<NewChild> validateBorn(
            ChildDetailsForm form, String registeredId, java.time.LocalDate today, Errors errors) {
        Optional<NationalId> id = form.getNationalId() == null && registeredId != null
                ? Optional.ofNullable(NationalId.parse(registeredId, true).value())
                : nationalId(form.getNationalId(), "nationalId", errors);
        required(form.getGivenName(), "givenName", errors);
        required(form.getFamilyName(), "familyName", errors);
        if (form.getBirthDate() == null) {
            errors.rejectValue("birthDate", "child.birthDate.required");
        } else if (form.getBirthDate().isAfter(today)) {
            errors.rejectValue("birthDate", "child.birthDate.future");
        } else if (id.isPresent() && !id.get().birthDate().equals(form.getBirthDate())) {
            errors.rejectValue("birthDate", "child.birthDate.mismatch");
        }
        if (id.isEmpty() || errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewChild(
                id.get().digits(), form.getGivenName(), form.getFamilyName(), form.getBirthDate(), null, null));
    }

    /** An expected child's details corrected: a date and a kind; the name may stay empty. */
    Optional<NewChild> validateExpected(ChildDetailsForm form, Errors errors) {
        if (form.getExpectedDate() == null) {
            errors.rejectValue("expectedDate", "child.expectedDate.required");
        }
        if (form.getExpectedKind() == null) {
            errors.rejectValue("expectedKind", "child.expectedKind.required");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewChild(
                null, form.getGivenName(), form.getFamilyName(), null, form.getExpectedDate(), form.getExpectedKind()));
    }

    /**
     * A postal address: all three parts or none (it can be added later), the postcode four digits.
     * Fields are named {@code <path>streetAddress}, {@code <path>postcode}, {@code <path>postPlace}.
     */
    static PostalAddress address(String street, String postcode, String place, String path, Errors errors) {
        boolean any = street != null || postcode != null || place != null;
        if (!any) {
            return null;
        }
        if (street == null) {
            errors.rejectValue(path + "streetAddress", "guardian.address.incomplete");
        }
        if (postcode == null) {
            errors.rejectValue(path + "postcode", "guardian.address.incomplete");
        } else if (!postcode.matches("\\d{4}")) {
            errors.rejectValue(path + "postcode", "guardian.postcode.invalid");
        }
        if (place == null) {
            errors.rejectValue(path + "postPlace", "guardian.address.incomplete");
        }
        return new PostalAddress(street, postcode, place);
    }

    private Optional<NationalId> nationalId(String input, String field, Errors errors) {
        if (input == null) {
            errors.rejectValue(field, "nationalId.required");
            return Optional.empty();
        }
        NationalId.Result result = NationalId.parse(input, acceptSynthetic);
        if (!result.valid()) {
            errors.rejectValue(field, "nationalId." + result.problem().name());
            return Optional.empty();
        }
        return Optional.of(result.value());
    }

    private static void required(String value, String field, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "field.required");
        }
    }
}
