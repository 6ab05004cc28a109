package no.helhet.complaint;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Complaints for tests, registered and handled through the real service (acting as KE where it must). */
@Component
public class ComplaintFixtures {

    private final ComplaintService complaints;
    private final UserDetailsService users;

    ComplaintFixtures(ComplaintService complaints, UserDetailsService users) {
        this.complaints = complaints;
        this.users = users;
    }

    /** A complaint from the youth about the family's decision, received on the day given. */
    public UUID aComplaint(UUID familyId, UUID decisionId, ComplaintKind kind, LocalDate receivedOn) {
        Concern concern = complaints.concerns(familyId).stream()
                .filter(c -> decisionId.equals(c.id()))
                .findFirst()
                .orElseThrow();
        return asKe(() -> complaints.register(
                familyId,
                new ComplaintService.NewComplaint(
                        kind,
                        receivedOn,
                        ComplainantKind.YOUTH,
                        null,
                        null,
                        null,
                        concern,
                        "Jeg er uenig.",
                        null,
                        null,
                        false,
                        "Tatt under behandling.")));
    }

    /** Upheld by KE, forwarded today, and decided by Statsforvalteren with the outcome given. */
    public void upheldAndDecided(UUID complaintId, GovernorOutcome outcome) {
        asKe(() -> {
            LocalDate today = complaints.today();
            complaints.uphold(complaintId, complaints.version(complaintId), "Avgjørelsen står.", Set.of());
            complaints.recordForwarded(complaintId, complaints.version(complaintId), today);
            complaints.recordGovernorOutcome(complaintId, complaints.version(complaintId), outcome, today);
            return null;
        });
    }

    private <T> T asKe(Supplier<T> work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
