package no.helhet.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** The form that registers a family: up to two guardians and three children at once. */
@Getter
@Setter
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
}
