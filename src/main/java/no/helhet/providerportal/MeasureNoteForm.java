package no.helhet.providerportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import no.helhet.plan.EvaluationOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** A provider's evaluation note on a measure it is responsible for. */
@Getter
@Setter
class MeasureNoteForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;

    @NotNull
    private EvaluationOutcome outcome;

    @NotBlank
    @Size(max = 4000)
    private String comment;

    @Size(max = 1000)
    private String takingPart;
}
