package no.helhet.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;

/** The decision form, filled from the assessment's reasons and editable. */
@Getter
@Setter
class DecisionForm {

    @NotNull
    private DecisionOutcome outcome;

    @NotBlank
    @Size(max = 10000)
    private String ageReason;

    @NotBlank
    @Size(max = 10000)
    private String illnessReason;

    @NotBlank
    @Size(max = 10000)
    private String needReason;

    @NotBlank
    @Size(max = 10000)
    private String summary;

    @Size(max = 10000)
    private String childViews;

    @Size(max = 400)
    private String childViewsHow;

    private ChildNotHeardReason childNotHeardReason;

    @Size(max = 10000)
    private String childViewsWeighing;

    ChildVoice childVoice() {
        return new ChildVoice(childViews, childViewsHow, childNotHeardReason, childViewsWeighing);
    }

    /** That the caseworker has seen what will happen (the plain-HTML confirmation; the dialog ticks it). */
    @jakarta.validation.constraints.AssertTrue
    private boolean confirmed;
}
