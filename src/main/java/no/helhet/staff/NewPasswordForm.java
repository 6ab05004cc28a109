package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new password, typed twice, set through a one-time link. */
@Getter
@Setter
class NewPasswordForm {

    @NotBlank
    @Size(min = 12, max = 200)
    private String password;

    @NotBlank
    private String repeated;
}
