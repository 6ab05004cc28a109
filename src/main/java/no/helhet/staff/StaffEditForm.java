package no.helhet.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** An existing account as the administrator changes it; the version it was loaded with guards a concurrent edit. */
@Getter
@Setter
class StaffEditForm {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    private StaffRole role;

    /** The municipal unit; required for everyone but provider contacts. */
    private UUID unitId;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @NotNull
    private TrainingStatus trainingStatus;

    /** False deactivates the account: it can no longer log in, and its name stays in the history. */
    private boolean active;

    @NotNull
    private Integer version;

    static StaffEditForm of(StaffMember member) {
        StaffEditForm form = new StaffEditForm();
        form.setFullName(member.fullName());
        form.setRole(member.role());
        form.setUnitId(member.unitId());
        form.setEmail(member.email());
        form.setPhone(member.phone());
        form.setTrainingStatus(member.trainingStatus());
        form.setActive(member.active());
        form.setVersion(member.version());
        return form;
    }
}
