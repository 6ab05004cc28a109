package no.helhet.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A guardian's postal address, with the version the user saw. */
@Getter
@Setter
class GuardianAddressForm {

    @Size(max = 200)
    private String streetAddress;

    private String postcode;

    @Size(max = 100)
    private String postPlace;

    @NotNull
    private Integer version;

    static GuardianAddressForm of(GuardianSummary g) {
        GuardianAddressForm form = new GuardianAddressForm();
        form.streetAddress = g.address().street();
        form.postcode = g.address().postcode();
        form.postPlace = g.address().place();
        form.version = g.version();
        return form;
    }
}
