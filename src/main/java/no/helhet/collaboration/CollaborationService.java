package no.helhet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the three steps and the agreement, and who coordinates: the module's API. */
@Service
public class CollaborationService {

    private final CollaborationRepository collaborations;
    private final CoordinationResponsibilityRepository responsibilities;
    private final ConsentService consents;
    private final Clock clock;

    CollaborationService(
            CollaborationRepository collaborations,
            CoordinationResponsibilityRepository responsibilities,
            ConsentService consents,
            Clock clock) {
        this.collaborations = collaborations;
        this.responsibilities = responsibilities;
        this.consents = consents;
        this.clock = clock;
    }

    /** Whether contact with the provider about the child may be made: a consent must cover the provider now. */
    public boolean mayContact(UUID childId, UUID providerId) {
        return consents.sharing(childId, providerId, null).allowed();
    }

    /**
     * Whether contact may be made now, for any of the family's collaborations: the family's consents
     * are read once, not once per collaboration.
     */
    @Transactional(readOnly = true)
    public Predicate<Collaboration> contactAllowed(UUID familyId) {
        List<ConsentView> familyConsents = consents.forFamily(familyId);
        return c -> consents.sharing(familyConsents, c.childId(), c.serviceProviderId())
                .allowed();
    }

    /**
     * Records the steps and agreement with one provider for one child (new, or a change of what the
     * caller saw at {@code seenVersion}). Refuses contact without a covering consent.
     */
    @Transactional
    public UUID recordCollaboration(UUID familyId, Steps s, Integer seenVersion) {
        if (s.contactedOn() != null && !mayContact(s.childId(), s.providerId())) {
            throw new ContactWithoutConsentException();
        }
        Optional<Collaboration> existing =
                collaborations.findByChildIdAndServiceProviderId(s.childId(), s.providerId());
        if (existing.isPresent() && !existing.get().version().equals(seenVersion)) {
            throw new OptimisticLockingFailureException("collaboration changed by someone else");
        }
        UUID id = existing.map(Collaboration::id).orElseGet(UUID::randomUUID);
        Collaboration saved = collaborations.save(new Collaboration(
                id,
                familyId,
                s.childId(),
                s.providerId(),
                s.givesServices(),
                s.cooperationNeeded(),
                s.needReason(),
                s.contactedOn(),
                s.agreementAbout(),
                s.agreementExtent(),
                s.agreementUntil(),
                s.agreementOrganisation(),
                existing.map(Collaboration::version).orElse(null),
                existing.map(Collaboration::createdAt).orElse(null),
                existing.map(Collaboration::createdBy).orElse(null),
                null,
                null)); // who/when: auditing
        return saved.id();
    }

    /** KE names the municipal service that coordinates for a child without a coordinator, and decides any dispute. */
    @Transactional
    public void nameResponsibility(
            UUID familyId, UUID childId, UUID unitId, String disagreement, String decision, Integer seenVersion) {
        Optional<CoordinationResponsibility> existing = responsibilities.findById(childId);
        if (existing.isPresent() && !existing.get().version().equals(seenVersion)) {
            throw new OptimisticLockingFailureException("responsibility changed by someone else");
        }
        responsibilities.save(new CoordinationResponsibility(
                childId,
                familyId,
                unitId,
                disagreement,
                decision,
                existing.map(CoordinationResponsibility::version).orElse(null),
                existing.map(CoordinationResponsibility::createdAt).orElse(null),
                existing.map(CoordinationResponsibility::createdBy).orElse(null),
                null,
                null)); // who/when: auditing
    }

    @Transactional(readOnly = true)
    public List<Collaboration> forFamily(UUID familyId) {
        return collaborations.findByFamilyId(familyId);
    }

    @Transactional(readOnly = true)
    public Optional<Collaboration> findCollaboration(UUID childId, UUID providerId) {
        return collaborations.findByChildIdAndServiceProviderId(childId, providerId);
    }

    @Transactional(readOnly = true)
    public List<CoordinationResponsibility> responsibilities(UUID familyId) {
        return responsibilities.findByFamilyId(familyId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The three steps and the agreement for one child and one provider. */
    public record Steps(
            UUID childId,
            UUID providerId,
            boolean givesServices,
            boolean cooperationNeeded,
            String needReason,
            LocalDate contactedOn,
            String agreementAbout,
            String agreementExtent,
            LocalDate agreementUntil,
            String agreementOrganisation) {}
}
