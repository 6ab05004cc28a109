package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** An evaluation of a goal or a measure. */
@Getter
@Setter
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
}
