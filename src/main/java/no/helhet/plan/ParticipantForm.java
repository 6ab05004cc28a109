package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** Someone who takes part in the plan work. */
@Getter
@Setter
class ParticipantForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    private UUID participantProviderId;

    @NotBlank
    @Size(max = 200)
    private String role;

    @Size(max = 2000)
    private String contribution;
}
