package no.helhet.decision;

import no.helhet.shared.NotFoundException;

/** No decision with that id. */
public class DecisionNotFoundException extends NotFoundException {

    public DecisionNotFoundException() {
        super("decision");
    }
}
