package no.helhet.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A guardian's postal address, with the version the user saw. */
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

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPostPlace() {
        return postPlace;
    }

    public void setPostPlace(String postPlace) {
        this.postPlace = postPlace;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
