package no.helhet.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Address and contact details of a family, with the version the user saw. */
@Getter
@Setter
class ContactForm {

    @NotBlank
    @Size(max = 100)
    private String addressMunicipality;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    /** nb or nn: the written standard of the family's letters; empty for the municipality's default. */
    @jakarta.validation.constraints.Pattern(regexp = "nb|nn", message = "{family.letterLanguage.invalid}")
    @Size(max = 10)
    private String letterLanguage;

    @NotNull
    private Integer version;

    static ContactForm of(FamilyDetails family) {
        ContactForm form = new ContactForm();
        form.addressMunicipality = family.addressMunicipality();
        form.phone = family.phone();
        form.email = family.email();
        form.letterLanguage = family.letterLanguage();
        form.version = family.version();
        return form;
    }
}
