package no.helhet.staff;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member, as Spring Security holds it. */
public record StaffPrincipal(
        UUID id,
        String username,
        String passwordHash,
        String fullName,
        StaffRole role,
        UUID unitId,
        UUID serviceProviderId,
        boolean active)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
