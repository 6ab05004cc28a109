package no.helhet.appointment;

/** The appointment cannot be made as asked; the message key says why, and the field it concerns. */
class AppointmentRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    AppointmentRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
