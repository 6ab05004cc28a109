package no.helhet.staff;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts for form login. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffMemberRepository staff;

    private final List<ProviderContactAccounts> providerAccounts;

    StaffUserDetailsService(StaffMemberRepository staff, List<ProviderContactAccounts> providerAccounts) {
        this.staff = staff;
        this.providerAccounts = providerAccounts;
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
                        providerOf(s.id()),
                        s.active()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    private UUID providerOf(UUID staffMemberId) {
        return providerAccounts.stream()
                .flatMap(a -> a.providerOf(staffMemberId).stream())
                .findFirst()
                .orElse(null);
    }
}
