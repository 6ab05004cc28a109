package no.helhet.plan;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** One written section as the writer left it, with the version they saw. */
@Getter
@Setter
class SectionForm {

    @Size(max = 8000)
    private String text;

    private Integer version;
}
