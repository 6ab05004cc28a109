package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** The family's own written request for a coordinator, sent from the family portal. */
@Getter
@Setter
class PortalRequestForm {

    /** The children it is about (a youth: only themselves). */
    @NotEmpty
    private Set<UUID> childIds = new LinkedHashSet<>();

    /** In the family's own words: what help the child needs. */
    @NotBlank
    @Size(max = 4000)
    private String needs;
}
