package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** What the child says matters, written by the family, with the day the child said it and how they asked. */
@Getter
@Setter
class ChildViewsForm {

    @NotBlank
    @Size(max = 10_000)
    private String views;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate obtainedOn;

    @Size(max = 2000)
    private String how;

    /** The version of the child's views the family saw, or empty when none were written. */
    private Integer version;
}
