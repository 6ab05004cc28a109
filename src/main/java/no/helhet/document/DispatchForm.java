package no.helhet.document;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** When and how a letter was sent. */
@Getter
@Setter
class DispatchForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sentOn;

    private DispatchChannel channel;
}
