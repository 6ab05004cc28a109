package no.helhet.staff;

import org.springframework.security.authentication.AccountStatusException;

/** Too many recent failed logins for this username or from this client: try again in some minutes. */
public class LoginThrottledException extends AccountStatusException {

    private final long minutes;

    LoginThrottledException(long minutes) {
        super("too many failed logins");
        this.minutes = minutes;
    }

    /** Whole minutes until a new attempt is let through (at least 1). */
    public long minutes() {
        return minutes;
    }
}
