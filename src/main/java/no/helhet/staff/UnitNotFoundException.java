package no.helhet.staff;

import no.helhet.shared.NotFoundException;

/** No unit with that id. */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException() {
        super("unit");
    }
}
