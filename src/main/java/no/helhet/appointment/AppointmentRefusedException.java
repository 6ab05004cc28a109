package no.helhet.appointment;

/** The appointment cannot be made as asked; the message key says why, and the field it concerns. */
public class AppointmentRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    AppointmentRefusedException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
