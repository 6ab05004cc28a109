package no.helhet.staff;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member behind the current request. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("no logged-in staff member"));
    }

    /** The name recorded in created_by / modified_by columns. */
    public static String username() {
        return find().map(StaffPrincipal::username).orElse("system");
    }
}
