package no.helhet.provider;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new contact person, with the provider version the user saw. */
@Getter
@Setter
class ProviderContactForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String role;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    private Integer version;
}
