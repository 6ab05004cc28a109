package no.helhet.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A new user account, as the administrator enters it. */
@Getter
@Setter
class StaffForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9._-]*")
    private String username;

    @NotBlank
    @Size(min = 12, max = 200)
    private String password;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    private StaffRole role;

    /** The municipal unit; required for everyone but provider contacts. */
    private UUID unitId;

    /** The provider a PROVIDER_CONTACT account is bound to. */
    private UUID serviceProviderId;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @NotNull
    private TrainingStatus trainingStatus = TrainingStatus.NOT_STARTED;

    /** The identity provider's link-claim value, for login through OpenID Connect; optional. */
    @Size(max = 200)
    private String externalId;
}
