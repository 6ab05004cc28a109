package no.helhet.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A new measure. */
@Getter
@Setter
class MeasureForm {

    private UUID goalId;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Size(max = 500)
    private String extent;

    @Size(max = 2000)
    private String how;

    private UUID providerId;

    @Size(max = 200)
    private String responsiblePerson;

    private UUID serviceId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
}
