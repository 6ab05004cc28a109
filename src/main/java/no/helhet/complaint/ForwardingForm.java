package no.helhet.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** The day an upheld complaint was sent to Statsforvalteren. */
@Getter
@Setter
class ForwardingForm {

    @NotNull(message = "{complaint.forwardedOn.required}")
    @PastOrPresent(message = "{complaint.date.future}")
    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate forwardedOn;

    private int version;
}
