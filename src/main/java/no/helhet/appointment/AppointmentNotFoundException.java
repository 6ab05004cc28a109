package no.helhet.appointment;

import no.helhet.shared.NotFoundException;

/** No appointment with that id. */
public class AppointmentNotFoundException extends NotFoundException {

    public AppointmentNotFoundException() {
        super("appointment");
    }
}
