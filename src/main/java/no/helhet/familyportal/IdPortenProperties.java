package no.helhet.familyportal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The family's login through ID-porten (OpenID Connect); off unless {@code issuerUri} is set, and the
 * family portal's login page then says so.
 *
 * @param issuerUri ID-porten's issuer (its discovery document is read at start-up), e.g. {@code
 *     https://idporten.no} (production) or {@code https://test.idporten.no} (test)
 * @param clientId Helhet's client id at ID-porten (also the audience its ID tokens must carry)
 * @param clientSecret the client secret
 * @param acr the level of assurance asked for ({@code acr_values}) and required in the ID token's
 *     {@code acr} claim (default {@code idporten-loa-high})
 */
@ConfigurationProperties("helhet.idporten")
public record IdPortenProperties(String issuerUri, String clientId, String clientSecret, String acr) {

    /** ID-porten's highest level of assurance, the one the family portal requires. */
    public static final String LEVEL_HIGH = "idporten-loa-high";

    public IdPortenProperties {
        acr = acr == null || acr.isBlank() ? LEVEL_HIGH : acr.strip();
    }

    /** True when an issuer is configured. */
    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
