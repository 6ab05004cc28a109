package no.helhet.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
