package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The family's comment on a measure or an evaluation of the child's plan. */
@Getter
@Setter
class PlanCommentForm {

    @NotBlank
    @Size(max = 2000)
    private String text;
}
