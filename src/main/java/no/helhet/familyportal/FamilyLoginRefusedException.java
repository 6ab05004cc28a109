package no.helhet.familyportal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A login to the family portal that ID-porten vouched for but Helhet refuses: the level of assurance
 * is lower than required, the person is not registered in any family, a guardian has no parental
 * responsibility (nothing of the children to see), or a child is younger than the age from which a
 * youth may log in.
 */
public class FamilyLoginRefusedException extends OAuth2AuthenticationException {

    /** Why; the refusal page's message key suffix ({@code familyPortal.refused.<name>}). */
    public enum Reason {
        /** Anything in ID-porten's answer that did not pass: issuer, audience, expiry, nonce, signature. */
        FAILED,
        /** The ID token's {@code acr} is not the level required. */
        LEVEL,
        /** No guardian or child with the national id. */
        UNKNOWN,
        /** A guardian without parental responsibility: nothing of the children to see. */
        NOTHING_VISIBLE,
        /** A child younger than the age from which a youth may log in. */
        TOO_YOUNG
    }

    private final Reason reason;

    public FamilyLoginRefusedException(Reason reason) {
        super(new OAuth2Error("access_denied"), "family portal login refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
