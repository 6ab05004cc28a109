package no.helhet.outreach;

import lombok.Getter;
import lombok.Setter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** KE marks a family as informed of the right. */
@Getter
@Setter
class InformedForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate informedOn;

    @NotNull
    private InformationChannel channel;
}
