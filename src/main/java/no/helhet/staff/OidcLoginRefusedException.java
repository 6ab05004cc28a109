package no.helhet.staff;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A person the identity provider vouched for, whom Helhet refuses: no staff account is linked to
 * the claim, the account is closed, or none of the person's groups is mapped to a Helhet role.
 */
public class OidcLoginRefusedException extends OAuth2AuthenticationException {

    /** Why, as the login page's message key suffix. */
    public enum Reason {
        NO_ACCOUNT,
        NO_ROLE
    }

    private final Reason reason;

    OidcLoginRefusedException(Reason reason) {
        super(new OAuth2Error("access_denied"), "login refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
