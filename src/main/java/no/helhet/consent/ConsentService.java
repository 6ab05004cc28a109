package no.helhet.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.FamilyAccessGrants;
import no.helhet.consent.ConsentRules.DigitalConsent;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentRules.Problem;
import no.helhet.consent.ConsentRules.Sharing;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.shared.NotFoundException;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and withdraws consents and answers whether a provider may receive information: the module's API. */
@Service
public class ConsentService implements FamilyAccessGrants {

    private final ConsentRepository consents;
    private final ConsentQueries queries;
    private final FamilyService families;
    private final ConsentLetter letter;
    private final RulesProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(
            ConsentRepository consents,
            ConsentQueries queries,
            FamilyService families,
            ConsentLetter letter,
            RulesProperties rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.queries = queries;
        this.families = families;
        this.letter = letter;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The age from which the youth consents for health matters (a setting). */
    int youthHealthConsentAge() {
        return rules.youthHealthConsentAge();
    }

    /** Problems with a consent staff record, as (field, message key). */
    List<Problem> problems(UUID familyId, NewConsent c) {
        FamilyDetails family = families.getFamily(familyId);
        ChildSummary child = family.children().stream()
                .filter(ch -> ch.id().equals(c.childId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child"));
        List<Problem> problems = new ArrayList<>(
                ConsentRules.problems(c, family, child, LocalDate.now(clock), rules.youthHealthConsentAge()));
        if (c.form() == ConsentForm.DIGITAL) {
            problems.add(new Problem("form", "consent.form.digitalInPortal"));
        }
        return problems;
    }

    /** Records a valid consent and writes the consent form to sign. */
    @Transactional
    public UUID recordConsent(UUID familyId, NewConsent c) {
        if (!problems(familyId, c).isEmpty()) {
            throw new IllegalArgumentException("invalid consent");
        }
        Consent consent = consents.save(new Consent(
                UUID.randomUUID(),
                familyId,
                c.childId(),
                c.givenBy(),
                c.form(),
                c.givenOn(),
                c.expiresOn(),
                null,
                null,
                null,
                null,
                null,
                c.guardianIds().stream().map(ConsentedGuardian::new).collect(Collectors.toSet()),
                c.providerIds().stream().map(ConsentedProvider::new).collect(Collectors.toSet()),
                c.information().stream().map(ConsentedInformation::new).collect(Collectors.toSet()),
                Set.of(),
                null,
                null,
                null,
                null,
                null));
        UUID form = letter.write(ConsentView.of(consent));
        return consents.save(consent.withFormDocument(form)).id();
    }

    /** Withdraws a consent; it stops at once, for the very next request. */
    @Transactional
    public void withdraw(UUID consentId, int seenVersion) {
        Consent c = consents.findById(consentId).orElseThrow(() -> new NotFoundException("consent"));
        if (c.version() != seenVersion) {
            throw new OptimisticLockingFailureException("consent changed by someone else");
        }
        if (c.withdrawnAt() == null) {
            Instant now = clock.instant();
            consents.save(c.withdrawn(now, CurrentStaff.username(), null));
            events.publishEvent(new ConsentWithdrawn(c.id(), c.familyId(), c.childId(), now));
        }
    }

    /**
     * Who loses what the moment the consent is withdrawn, from the family's consents as just read
     * with {@link #forFamily}: each provider with the kinds of information no other active consent
     * covers.
     */
    List<ConsentRules.Loss> withdrawalLosses(ConsentView consent, List<ConsentView> familyConsents) {
        return ConsentRules.withdrawalLosses(consent, familyConsents, clock.instant(), LocalDate.now(clock));
    }

    /**
     * Problems with a consent a guardian of the family is about to give digitally, as (field,
     * message key). Not found when the guardian or the child is not the family's, or the guardian
     * has no parental responsibility.
     */
    @Transactional(readOnly = true)
    public List<Problem> digitalProblems(UUID familyId, UUID guardianId, DigitalConsent c) {
        FamilyDetails family = families.getFamily(familyId);
        responsibleGuardian(family, guardianId);
        childOf(family, c.childId());
        return ConsentRules.digitalProblems(c, LocalDate.now(clock));
    }

    /**
     * A guardian with parental responsibility gives a consent in the family portal (docs/adr/0015):
     * given today, named on it are every guardian of the family with parental responsibility, and
     * the giver's own confirmation is recorded at once. It is pending, and lets no provider receive
     * anything, until every one of them has confirmed ({@link #confirm}); with a single guardian
     * with parental responsibility it is active at once. No form to sign is written.
     */
    @Transactional
    public UUID giveDigitally(UUID familyId, UUID guardianId, DigitalConsent c) {
        if (!digitalProblems(familyId, guardianId, c).isEmpty()) {
            throw new IllegalArgumentException("invalid consent");
        }
        FamilyDetails family = families.getFamily(familyId);
        Instant now = clock.instant();
        return consents.save(new Consent(
                        UUID.randomUUID(),
                        familyId,
                        c.childId(),
                        ConsentGiver.GUARDIANS,
                        ConsentForm.DIGITAL,
                        LocalDate.now(clock),
                        c.expiresOn(),
                        null,
                        null,
                        null,
                        guardianId,
                        null,
                        ConsentRules.responsibleGuardians(family).stream()
                                .map(ConsentedGuardian::new)
                                .collect(Collectors.toSet()),
                        c.providerIds().stream().map(ConsentedProvider::new).collect(Collectors.toSet()),
                        c.information().stream().map(ConsentedInformation::new).collect(Collectors.toSet()),
                        Set.of(new ConsentConfirmation(guardianId, now)),
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /**
     * A guardian confirms a consent given digitally; it becomes active when the last guardian named
     * on it confirms. Confirming again changes nothing. Not found for a consent of another family, or
     * a guardian not named on it (one without parental responsibility); refused for a consent
     * withdrawn or not given digitally.
     */
    @Transactional
    public void confirm(UUID familyId, UUID guardianId, UUID consentId) {
        Consent c = ofFamily(familyId, consentId);
        responsibleGuardian(families.getFamily(familyId), guardianId);
        if (c.guardians().stream().noneMatch(g -> g.guardianId().equals(guardianId))) {
            throw new NotFoundException("consent");
        }
        if (c.form() != ConsentForm.DIGITAL || c.withdrawnAt() != null) {
            throw new ConsentRefusedException("consent.confirm.notPending");
        }
        Consent confirmed = c.confirmedBy(guardianId, clock.instant());
        if (confirmed != c) {
            consents.save(confirmed);
        }
    }

    /**
     * A guardian with parental responsibility withdraws a consent of the family, as seen at
     * {@code seenVersion}: it stops at once, for the providers' very next request (the same
     * withdrawal as {@link #withdraw}), whoever gave it and however.
     */
    @Transactional
    public void withdrawByGuardian(UUID familyId, UUID guardianId, UUID consentId, int seenVersion) {
        Consent c = ofFamily(familyId, consentId);
        GuardianSummary guardian = responsibleGuardian(families.getFamily(familyId), guardianId);
        if (c.version() != seenVersion) {
            throw new OptimisticLockingFailureException("consent changed by someone else");
        }
        if (c.withdrawnAt() == null) {
            Instant now = clock.instant();
            consents.save(c.withdrawn(now, guardian.displayName(), guardianId));
            events.publishEvent(new ConsentWithdrawn(c.id(), c.familyId(), c.childId(), now));
        }
    }

    /** The consent, if it is the family's; else not found. */
    private Consent ofFamily(UUID familyId, UUID consentId) {
        return consents.findById(consentId)
                .filter(c -> c.familyId().equals(familyId))
                .orElseThrow(() -> new NotFoundException("consent"));
    }

    private static GuardianSummary responsibleGuardian(FamilyDetails family, UUID guardianId) {
        return family.guardians().stream()
                .filter(g -> g.id().equals(guardianId) && g.parentalResponsibility())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("guardian"));
    }

    private static ChildSummary childOf(FamilyDetails family, UUID childId) {
        return family.children().stream()
                .filter(ch -> ch.id().equals(childId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child"));
    }

    @Transactional(readOnly = true)
    public ConsentView getConsent(UUID consentId) {
        return consents.findById(consentId).map(ConsentView::of).orElseThrow(() -> new NotFoundException("consent"));
    }

    @Transactional(readOnly = true)
    public List<ConsentView> forFamily(UUID familyId) {
        return queries.forFamily(familyId);
    }

    /**
     * Whether a provider may receive information about a child right now, from the family's
     * consents as just read with {@link #forFamily}: for pages that ask about many children and
     * providers at once without reading the consents again for each.
     */
    public Sharing sharing(List<ConsentView> familyConsents, UUID childId, UUID providerId) {
        List<ConsentView> child = familyConsents.stream()
                .filter(c -> c.childId().equals(childId))
                .sorted(Comparator.comparing(ConsentView::givenOn).reversed())
                .toList();
        return ConsentRules.sharing(providerId, null, child, clock.instant(), LocalDate.now(clock));
    }

    /**
     * Whether a provider may receive a kind of information about a child right now. Read from the
     * database on every call, so a withdrawal bites on the very next request.
     */
    @Transactional(readOnly = true)
    public Sharing sharing(UUID childId, UUID providerId, InformationKind kind) {
        List<ConsentView> list = consents.findByChildId(childId).stream()
                .map(ConsentView::of)
                .sorted(Comparator.comparing(ConsentView::givenOn).reversed())
                .toList();
        return ConsentRules.sharing(providerId, kind, list, clock.instant(), LocalDate.now(clock));
    }

    /** For each of the given providers, whether it may receive information about the child now, and why. */
    @Transactional(readOnly = true)
    public Map<UUID, Sharing> sharingFor(UUID childId, List<UUID> providerIds) {
        return providerIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> sharing(childId, id, null)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean providerMayRead(UUID providerId, UUID familyId) {
        return !activeFor(familyId, providerId).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> childrenProviderMayRead(UUID providerId, UUID familyId) {
        return activeFor(familyId, providerId).stream()
                .map(ConsentView::childId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean providerMayReadMinutes(UUID providerId, UUID familyId) {
        return activeFor(familyId, providerId).stream()
                .anyMatch(c -> c.information().contains(InformationKind.MEETING_MINUTES));
    }

    /** The consents of a family that let the provider receive information right now. */
    @Transactional(readOnly = true)
    public List<ConsentView> activeFor(UUID familyId, UUID providerId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return forFamily(familyId).stream()
                .filter(c -> c.providerIds().contains(providerId) && c.activeAt(now, today))
                .toList();
    }

    /** The families about which the provider may receive information right now. */
    @Transactional(readOnly = true)
    public List<UUID> familiesFor(UUID providerId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return consents.findNotWithdrawnByProvider(providerId).stream()
                .map(ConsentView::of)
                .filter(c -> c.providerIds().contains(providerId) && c.activeAt(now, today))
                .map(ConsentView::familyId)
                .distinct()
                .toList();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone times are shown in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }
}
