package no.helhet.plan;

import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Who leads the plan work, the plan period, and when it is evaluated and revised. */
@Getter
@Setter
class FrameForm {

    private UUID leadStaffId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodUntil;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextEvaluationOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate revisionOn;

    private Integer version;
}
