package no.helhet.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A change of coordinator: as an appointment (the family's and the child's wish, consent,
 * delegation), with the reason, the kind (another kind is a conversion) and the version seen; it
 * asks for the same confirmation as a first appointment.
 */
@Getter
@Setter
class AppointmentChangeForm extends AppointmentForm {

    @Size(max = 4000)
    private String changeReason;

    @NotNull
    private CoordinatorKind kind;

    private int version;
}
