package no.helhet.plan;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** One written section as the writer left it, with the version they saw. */
@Getter
@Setter
class SectionForm {

    @Size(max = 8000)
    private String text;

    /** For the child's views: when they were obtained. */
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate obtainedOn;

    private Integer version;
}
