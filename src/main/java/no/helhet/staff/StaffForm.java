package no.helhet.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new user account, as the administrator enters it. */
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getServiceProviderId() {
        return serviceProviderId;
    }

    public void setServiceProviderId(UUID serviceProviderId) {
        this.serviceProviderId = serviceProviderId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public TrainingStatus getTrainingStatus() {
        return trainingStatus;
    }

    public void setTrainingStatus(TrainingStatus trainingStatus) {
        this.trainingStatus = trainingStatus;
    }
}
