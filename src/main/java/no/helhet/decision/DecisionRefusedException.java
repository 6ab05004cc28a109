package no.helhet.decision;

/** The decision cannot be made as asked; the message key says why. */
public class DecisionRefusedException extends RuntimeException {

    private final String messageKey;

    DecisionRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
