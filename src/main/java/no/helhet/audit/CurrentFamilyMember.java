package no.helhet.audit;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The family member behind the current request (logged in to the family portal), like {@code staff.CurrentStaff}. */
public final class CurrentFamilyMember {

    private CurrentFamilyMember() {}

    public static Optional<FamilyMemberPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FamilyMemberPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static FamilyMemberPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("no logged-in family member"));
    }
}
