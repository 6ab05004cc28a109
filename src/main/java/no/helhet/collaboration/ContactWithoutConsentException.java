package no.helhet.collaboration;

/** Contact with a provider was recorded without a consent that covers it. */
public class ContactWithoutConsentException extends RuntimeException {

    public ContactWithoutConsentException() {
        super("contact needs a consent that covers the provider");
    }
}
