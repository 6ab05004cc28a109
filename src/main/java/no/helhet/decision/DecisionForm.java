package no.helhet.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;

/** The decision form, filled from the assessment's reasons and editable. */
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

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public String getChildViewsHow() {
        return childViewsHow;
    }

    public void setChildViewsHow(String childViewsHow) {
        this.childViewsHow = childViewsHow;
    }

    public ChildNotHeardReason getChildNotHeardReason() {
        return childNotHeardReason;
    }

    public void setChildNotHeardReason(ChildNotHeardReason childNotHeardReason) {
        this.childNotHeardReason = childNotHeardReason;
    }

    public String getChildViewsWeighing() {
        return childViewsWeighing;
    }

    public void setChildViewsWeighing(String childViewsWeighing) {
        this.childViewsWeighing = childViewsWeighing;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getAgeReason() {
        return ageReason;
    }

    public void setAgeReason(String ageReason) {
        this.ageReason = ageReason;
    }

    public String getIllnessReason() {
        return illnessReason;
    }

    public void setIllnessReason(String illnessReason) {
        this.illnessReason = illnessReason;
    }

    public String getNeedReason() {
        return needReason;
    }

    public void setNeedReason(String needReason) {
        this.needReason = needReason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
