package no.helhet.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts for form login. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffMemberRepository staff;

    StaffUserDetailsService(StaffMemberRepository staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(s -> new StaffPrincipal(
                        s.id(),
                        s.username(),
                        s.passwordHash(),
                        s.fullName(),
                        s.role(),
                        s.unitId(),
                        s.serviceProviderId(),
                        s.active()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
