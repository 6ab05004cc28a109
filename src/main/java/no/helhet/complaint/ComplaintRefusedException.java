package no.helhet.complaint;

/** The step cannot be taken as asked; the message key says why. */
class ComplaintRefusedException extends RuntimeException {

    private final String messageKey;

    ComplaintRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
