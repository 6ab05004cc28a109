package no.helhet.collaboration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** KE's naming of the service that coordinates for a child, with any disagreement and KE's decision. */
@Getter
@Setter
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
}
