package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A goal the family writes in the child's plan. */
@Getter
@Setter
class FamilyGoalForm {

    @NotBlank
    @Size(max = 2000)
    private String text;
}
