package no.helhet.provider;

import no.helhet.shared.NotFoundException;

/** No provider (or service) with that id. */
public class ProviderNotFoundException extends NotFoundException {

    public ProviderNotFoundException() {
        super("provider");
    }
}
