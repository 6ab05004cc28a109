package no.helhet.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Login through OpenID Connect: after Spring Security has checked the ID token (signature, issuer,
 * audience, expiry, nonce; the code was redeemed with PKCE), the person is linked to a staff account
 * by the configured claim and given the Helhet role their groups map to. Refused: no linked active
 * account, or no group mapped to a role; several mapped roles are refused too unless one is the
 * account's own role. Every attempt is written to {@code login_attempt} like a local login, under the
 * claim's value.
 */
@Service
public class OidcStaffUserService {

    private final OidcProperties settings;
    private final JdbcClient jdbc;
    private final StaffUserDetailsService accounts;
    private final LoginAttempts attempts;
    private final Clock clock;

    OidcStaffUserService(
            OidcProperties settings,
            JdbcClient jdbc,
            StaffUserDetailsService accounts,
            LoginAttempts attempts,
            Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** The user service for Spring Security's oauth2Login. */
    public org.springframework.security.oauth2.client.userinfo.OAuth2UserService<OidcUserRequest, OidcUser>
            userService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            String link = linkValue(user);
            String client = clientAddress();
            StaffPrincipal staff = staffFor(link).orElse(null);
            if (staff == null || !staff.active()) {
                attempts.record(clock.instant(), link, client, LoginOutcome.FAILURE);
                throw new OidcLoginRefusedException(OidcLoginRefusedException.Reason.NO_ACCOUNT);
            }
            Optional<StaffRole> role = roleOf(staff, groups(user));
            if (role.isEmpty()) {
                attempts.record(clock.instant(), link, client, LoginOutcome.FAILURE);
                throw new OidcLoginRefusedException(OidcLoginRefusedException.Reason.NO_ROLE);
            }
            attempts.record(clock.instant(), link, client, LoginOutcome.SUCCESS);
            StaffPrincipal principal = new StaffPrincipal(
                    staff.id(),
                    staff.username(),
                    "",
                    staff.fullName(),
                    role.get(),
                    staff.unitId(),
                    staff.serviceProviderId(),
                    true);
            return new StaffOidcUser(user, principal);
        };
    }

    /**
     * The staff member behind a successful OpenID Connect login, for the session: Helhet's pages
     * know the logged-in person as a {@link StaffPrincipal}, however they logged in.
     */
    public static Optional<StaffPrincipal> staffOf(Authentication authentication) {
        if (authentication instanceof OAuth2LoginAuthenticationToken token
                && token.getPrincipal() instanceof StaffOidcUser user) {
            return Optional.of(user.staff);
        }
        if (authentication != null && authentication.getPrincipal() instanceof StaffOidcUser user) {
            return Optional.of(user.staff);
        }
        return Optional.empty();
    }

    /**
     * A login the provider's answer did not pass (wrong issuer or audience, an expired token, a
     * nonce that does not match, a code redeemed without its PKCE verifier …): logged as a failure.
     */
    public void recordFailure() {
        attempts.record(clock.instant(), "(oidc)", clientAddress(), LoginOutcome.FAILURE);
    }

    /** Links a staff account to the identity provider's user with this link-claim value. */
    public void linkExternalLogin(UUID staffMemberId, String externalId) {
        jdbc.sql("update staff_member set external_id = :link where id = :id")
                .param("link", externalId)
                .param("id", staffMemberId)
                .update();
    }

    /** Whether another account is already linked to this link-claim value. */
    public boolean externalIdTaken(String externalId) {
        return jdbc.sql("select count(*) from staff_member where external_id = :link")
                        .param("link", externalId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            if (address != null && !address.isBlank()) {
                return address.length() > LoginAttempts.MAX_CLIENT
                        ? address.substring(0, LoginAttempts.MAX_CLIENT)
                        : address;
            }
        }
        return "unknown";
    }

    private String linkValue(OidcUser user) {
        Object value = user.getClaims().get(settings.linkClaim());
        String text = value == null ? "" : value.toString().strip();
        return LoginAttempts.asTyped(text.isEmpty() ? "(" + settings.linkClaim() + " missing)" : text);
    }

    private Optional<StaffPrincipal> staffFor(String link) {
        Optional<String> username = jdbc.sql("select username from staff_member where external_id = :link")
                .param("link", link)
                .query(String.class)
                .optional();
        return username.map(u -> (StaffPrincipal) accounts.loadUserByUsername(u));
    }

    private Set<String> groups(OidcUser user) {
        Object claim = user.getClaims().get(settings.groupsClaim());
        Set<String> groups = new TreeSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> groups.add(String.valueOf(v)));
        } else if (claim != null) {
            groups.add(claim.toString());
        }
        return groups;
    }

    /** The one role the groups give; the account's own role decides between several. */
    private Optional<StaffRole> roleOf(StaffPrincipal staff, Set<String> groups) {
        List<StaffRole> roles = groups.stream()
                .map(settings.groupRoles()::get)
                .filter(r -> r != null && r != StaffRole.PROVIDER_CONTACT)
                .distinct()
                .toList();
        if (roles.size() == 1) {
            return Optional.of(roles.get(0));
        }
        return roles.contains(staff.role()) ? Optional.of(staff.role()) : Optional.empty();
    }

    /** The provider's user, carrying the staff member it was linked to. */
    static final class StaffOidcUser extends DefaultOidcUser {

        private final transient StaffPrincipal staff;

        StaffOidcUser(OidcUser user, StaffPrincipal staff) {
            super(staff.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.staff = staff;
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
