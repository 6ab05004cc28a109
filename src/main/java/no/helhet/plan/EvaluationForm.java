package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** An evaluation of a goal or a measure. */
class EvaluationForm {

    private UUID evaluatedGoalId;

    private UUID evaluatedMeasureId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;

    @NotNull
    private EvaluationOutcome outcome;

    @Size(max = 4000)
    private String comment;

    @NotBlank
    @Size(max = 1000)
    private String takingPart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextEvaluation;

    public UUID getEvaluatedGoalId() {
        return evaluatedGoalId;
    }

    public void setEvaluatedGoalId(UUID evaluatedGoalId) {
        this.evaluatedGoalId = evaluatedGoalId;
    }

    public UUID getEvaluatedMeasureId() {
        return evaluatedMeasureId;
    }

    public void setEvaluatedMeasureId(UUID evaluatedMeasureId) {
        this.evaluatedMeasureId = evaluatedMeasureId;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public void setEvaluatedOn(LocalDate evaluatedOn) {
        this.evaluatedOn = evaluatedOn;
    }

    public EvaluationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(EvaluationOutcome outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getTakingPart() {
        return takingPart;
    }

    public void setTakingPart(String takingPart) {
        this.takingPart = takingPart;
    }

    public LocalDate getNextEvaluation() {
        return nextEvaluation;
    }

    public void setNextEvaluation(LocalDate nextEvaluation) {
        this.nextEvaluation = nextEvaluation;
    }
}
