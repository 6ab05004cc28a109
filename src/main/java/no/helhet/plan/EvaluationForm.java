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

    private UUID goalId;

    private UUID measureId;

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
    private String participants;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextEvaluationOn;

    public UUID getGoalId() {
        return goalId;
    }

    public void setGoalId(UUID goalId) {
        this.goalId = goalId;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    public void setMeasureId(UUID measureId) {
        this.measureId = measureId;
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

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public LocalDate getNextEvaluationOn() {
        return nextEvaluationOn;
    }

    public void setNextEvaluationOn(LocalDate nextEvaluationOn) {
        this.nextEvaluationOn = nextEvaluationOn;
    }
}
