package no.helhet.staff;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff login through OpenID Connect, beside the local accounts; off unless {@code issuerUri} is set.
 *
 * @param issuerUri the identity provider's issuer (its discovery document is read at start-up), e.g.
 *     {@code https://login.microsoftonline.com/<tenant>/v2.0} for Entra ID
 * @param clientId Helhet's client id at the provider (also the audience its ID tokens must carry)
 * @param clientSecret the client secret
 * @param linkClaim the ID-token claim whose value links the person to a staff account's
 *     {@code external_id} (default {@code preferred_username}; {@code oid} for Entra ID's immutable id)
 * @param groupsClaim the claim holding the person's groups (default {@code groups})
 * @param groupRoles which group gives which Helhet role; a login with no mapped group is refused
 */
@ConfigurationProperties("helhet.oidc")
public record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String linkClaim,
        String groupsClaim,
        Map<String, StaffRole> groupRoles) {

    public OidcProperties {
        linkClaim = linkClaim == null || linkClaim.isBlank() ? "preferred_username" : linkClaim;
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
    }

    /** True when an issuer is configured: the login page then offers the municipality's login. */
    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
