package no.helhet.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The end of the right: the reason, a note (required when the child died) and the version seen. */
@Getter
@Setter
class AppointmentEndForm {

    @NotNull
    private EndReason reason;

    @Size(max = 4000)
    private String note;

    private int version;
}
