package no.helhet.complaint;

/** The step cannot be taken as asked; the message key says why. */
public class ComplaintRefusedException extends RuntimeException {

    private final String messageKey;

    ComplaintRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The message key of why (a field error on the form that sent it). */
    public String messageKey() {
        return messageKey;
    }
}
