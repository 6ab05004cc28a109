package no.helhet.collaboration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** KE's naming of the service that coordinates for a child, with any disagreement and KE's decision. */
class ResponsibilityForm {

    @NotNull
    private UUID childId;

    @NotNull
    private UUID unitId;

    @Size(max = 4000)
    private String disagreement;

    @Size(max = 4000)
    private String keDecision;

    private Integer version;

    public UUID getChildId() {
        return childId;
    }

    public void setChildId(UUID childId) {
        this.childId = childId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getDisagreement() {
        return disagreement;
    }

    public void setDisagreement(String disagreement) {
        this.disagreement = disagreement;
    }

    public String getKeDecision() {
        return keDecision;
    }

    public void setKeDecision(String keDecision) {
        this.keDecision = keDecision;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
