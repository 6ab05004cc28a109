package no.helhet.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A notice about failed cooperation. */
@Getter
@Setter
class CooperationNoticeForm {

    @NotNull(message = "{complaint.receivedOn.required}")
    @PastOrPresent(message = "{complaint.date.future}")
    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = 200)
    private String fromWhom;

    @NotBlank
    @Size(max = 10000)
    private String text;
}
