package no.helhet.consent;

/** A change to a consent that cannot be made now, with the message key that says why. */
public class ConsentRefusedException extends RuntimeException {

    private final String messageKey;

    public ConsentRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
