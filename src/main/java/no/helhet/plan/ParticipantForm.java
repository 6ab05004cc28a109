package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Someone who takes part in the plan work. */
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getParticipantProviderId() {
        return participantProviderId;
    }

    public void setParticipantProviderId(UUID participantProviderId) {
        this.participantProviderId = participantProviderId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }
}
