package no.helhet.staff;

/** How a login attempt ended. */
public enum LoginOutcome {
    /** The password was right. */
    SUCCESS,
    /** Wrong username or password, or an inactive account. */
    FAILURE,
    /** Refused without checking the password: too many recent failures. */
    REFUSED
}
