package no.helhet.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A service or unmet need for a child, as entered. */
@Getter
@Setter
class ServiceForm {

    @NotNull
    private UUID childId;

    @NotNull
    private ServiceStatus status;

    private UUID providerId;

    @Size(max = 50)
    private String sectorCode;

    @NotBlank
    @Size(max = 1000)
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
}
