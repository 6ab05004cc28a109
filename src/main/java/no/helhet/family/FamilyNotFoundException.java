package no.helhet.family;

import no.helhet.shared.NotFoundException;

/** No family with that id. */
public class FamilyNotFoundException extends NotFoundException {

    public FamilyNotFoundException() {
        super("family");
    }
}
