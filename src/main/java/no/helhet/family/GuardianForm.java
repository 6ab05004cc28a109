package no.helhet.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** One guardian on the family form; an empty row is ignored. */
class GuardianForm {

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

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public boolean isParentalResponsibility() {
        return parentalResponsibility;
    }

    public void setParentalResponsibility(boolean parentalResponsibility) {
        this.parentalResponsibility = parentalResponsibility;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
