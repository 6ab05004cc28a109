package no.helhet.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** One guardian on the family form; an empty row is ignored. */
@Getter
@Setter
class GuardianForm {

    @Size(max = 20)
    private String nationalId;

    @Size(max = 100)
    private String givenName;

    @Size(max = 100)
    private String familyName;

    private boolean parentalResponsibility = true;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 200)
    private String streetAddress;

    @Size(max = 10)
    private String postcode;

    @Size(max = 100)
    private String postPlace;

    boolean blank() {
        return nationalId == null
                && givenName == null
                && familyName == null
                && phone == null
                && email == null
                && streetAddress == null
                && postcode == null
                && postPlace == null;
    }
}
