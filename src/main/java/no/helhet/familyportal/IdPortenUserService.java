package no.helhet.familyportal;

import java.util.Optional;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.familyportal.FamilyLoginRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * The family's login through ID-porten, after Spring Security has checked the ID token (signature,
 * issuer, audience, expiry, nonce; the code redeemed with PKCE): the level of assurance must be the
 * one required ({@code acr}, default {@code idporten-loa-high}), and the national id in the {@code pid}
 * claim must be a guardian with parental responsibility or a youth old enough ({@link
 * FamilyMemberIdentities}). The national id is used for this lookup only: the session holds a {@link
 * FamilyMemberPrincipal}, never the number, and no log line names it.
 */
@Service
public class IdPortenUserService {

    /** The client registration's id: the authorization starts at {@code /oauth2/authorization/idporten}. */
    public static final String REGISTRATION = "idporten";

    /** The claim that carries the person's national id in ID-porten's ID token. */
    static final String PID = "pid";

    private static final Logger log = LoggerFactory.getLogger(IdPortenUserService.class);

    private final IdPortenProperties settings;
    private final FamilyMemberIdentities identities;

    IdPortenUserService(IdPortenProperties settings, FamilyMemberIdentities identities) {
        this.settings = settings;
        this.identities = identities;
    }

    /** The user service for the {@code idporten} registration of Spring Security's oauth2Login. */
    public OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Object acr = user.getIdToken().getClaims().get("acr");
            if (acr == null || !settings.acr().equals(acr.toString())) {
                log.warn("Family portal login refused: level of assurance {}", acr);
                throw new FamilyLoginRefusedException(Reason.LEVEL);
            }
            Object pid = user.getIdToken().getClaims().get(PID);
            try {
                FamilyMemberPrincipal member = identities.identify(pid == null ? null : pid.toString());
                return new FamilyOidcUser(user, member);
            } catch (FamilyLoginRefusedException refused) {
                log.info("Family portal login refused: {}", refused.reason());
                throw refused;
            }
        };
    }

    /** Whether the settings name an issuer (the family portal then offers the login). */
    public boolean enabled() {
        return settings.enabled();
    }

    /** The family member behind a successful ID-porten login, for the session. */
    public static Optional<FamilyMemberPrincipal> memberOf(Authentication authentication) {
        if (authentication instanceof OAuth2LoginAuthenticationToken token
                && token.getPrincipal() instanceof FamilyOidcUser user) {
            return Optional.of(user.member);
        }
        if (authentication != null && authentication.getPrincipal() instanceof FamilyOidcUser user) {
            return Optional.of(user.member);
        }
        return Optional.empty();
    }

    /** ID-porten's user, carrying the family member it was found to be. */
    static final class FamilyOidcUser extends DefaultOidcUser {

        private final transient FamilyMemberPrincipal member;

        FamilyOidcUser(OidcUser user, FamilyMemberPrincipal member) {
            super(member.authorities(), user.getIdToken(), user.getUserInfo());
            this.member = member;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
