package no.helhet.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The form that registers a family: up to two guardians and three children at once. */
class FamilyForm {

    @NotBlank
    @Size(max = 100)
    private String addressMunicipality;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Valid
    private List<GuardianForm> guardians = new ArrayList<>(List.of(new GuardianForm(), new GuardianForm()));

    @Valid
    private List<ChildForm> children = new ArrayList<>(List.of(new ChildForm(), new ChildForm(), new ChildForm()));

    public String getAddressMunicipality() {
        return addressMunicipality;
    }

    public void setAddressMunicipality(String addressMunicipality) {
        this.addressMunicipality = addressMunicipality;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<GuardianForm> getGuardians() {
        return guardians;
    }

    public void setGuardians(List<GuardianForm> guardians) {
        this.guardians = guardians;
    }

    public List<ChildForm> getChildren() {
        return children;
    }

    public void setChildren(List<ChildForm> children) {
        this.children = children;
    }
}
