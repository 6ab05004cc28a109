package no.helhet.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** Statsforvalteren's outcome of a forwarded complaint. */
@Getter
@Setter
class OutcomeForm {

    @NotNull(message = "{complaint.outcome.required}")
    private GovernorOutcome outcome;

    @NotNull(message = "{complaint.outcomeOn.required}")
    @PastOrPresent(message = "{complaint.date.future}")
    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate outcomeOn;

    private int version;
}
