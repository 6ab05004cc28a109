package no.helhet.request;

import no.helhet.shared.NotFoundException;

/** No request with that id. */
public class RequestNotFoundException extends NotFoundException {

    public RequestNotFoundException() {
        super("request");
    }
}
