package no.helhet.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The public request form: only what the coordinating unit needs to call back (no national id, no
 * health information). {@code website} is a honeypot a person leaves empty.
 */
@Getter
@Setter
class PublicRequestForm {

    @NotBlank
    @Size(max = 100)
    private String contactName;

    @NotBlank
    @Pattern(regexp = "^\\+?[0-9 ]{8,19}$", message = "{webRequest.phone.invalid}")
    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 100)
    private String callTime;

    private String website;

    boolean caughtByHoneypot() {
        return website != null && !website.isBlank();
    }
}
