package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new goal. */
@Getter
@Setter
class GoalForm {

    @NotBlank
    @Size(max = 2000)
    private String text;
}
