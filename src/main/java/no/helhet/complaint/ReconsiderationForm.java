package no.helhet.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** The coordinating unit's reconsideration, and for an upheld complaint the case notes for the bundle. */
@Getter
@Setter
class ReconsiderationForm {

    @NotNull(message = "{complaint.reconsideration.required}")
    private Reconsideration reconsideration;

    @NotBlank(message = "{complaint.reconsiderationReason.required}")
    @Size(max = 10000)
    private String reason;

    private Set<UUID> noteIds = new HashSet<>();

    private int version;
}
