package no.helhet.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.FamilyAccessGrants;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.family.FamilyService;
import no.helhet.request.CoordinatorAppointed;
import no.helhet.shared.ChildVoice;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appoints coordinators: the appointment module's API. Also tells the access policy which families
 * a coordinator works for (only while appointed).
 */
@Service
public class AppointmentService implements FamilyAccessGrants {

    private final AppointmentRepository appointments;
    private final DecisionService decisions;
    private final StaffDirectory staff;
    private final Letters letters;
    private final FamilyService families;
    private final RulesProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            DecisionService decisions,
            StaffDirectory staff,
            Letters letters,
            FamilyService families,
            RulesProperties rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appointments = appointments;
        this.decisions = decisions;
        this.staff = staff;
        this.letters = letters;
        this.families = families;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID appointCoordinator(UUID decisionId, AppointmentDraft draft) {
        DecisionView decision = decisions.getDecision(decisionId);
        CoordinatorKind kind = grantedKind(decision);
        if (!appointments.findByDecisionId(decisionId).isEmpty()) {
            throw new AppointmentRefusedException(null, "appointment.alreadyAppointed");
        }
        StaffSummary coordinator = chosenCoordinator(draft);
        Appointment appointment =
                appointments.save(build(decision, draft, coordinator, kind, LocalDate.now(clock), null, null));
        UUID letterId = letters.write(letter(appointment, coordinator));
        appointments.save(appointment.withLetter(letterId));
        if (draft.hoursPerMonth() != null) {
            appointments.recordHoursPerMonth(appointment.id(), draft.hoursPerMonth());
        }
        events.publishEvent(new CoordinatorAppointed(
                appointment.id(),
                decision.requestId(),
                decision.familyId(),
                coordinator.id(),
                coordinator.unitId(),
                appointment.startsOn()));
        return appointment.id();
    }

    /**
     * The appointment letter as {@link #appointCoordinator} would write it from this draft today,
     * marked as a draft and stored nowhere: nobody is appointed. Refused as appointing would be.
     */
    @Transactional(readOnly = true)
    public byte[] previewLetter(UUID decisionId, AppointmentDraft draft) {
        DecisionView decision = decisions.getDecision(decisionId);
        CoordinatorKind kind = grantedKind(decision);
        StaffSummary coordinator = chosenCoordinator(draft);
        Appointment appointment = build(decision, draft, coordinator, kind, LocalDate.now(clock), null, null);
        return letters.preview(letter(appointment, coordinator));
    }

    /** The kind of coordinator a decision grants; refused when it grants none. */
    private static CoordinatorKind grantedKind(DecisionView decision) {
        if (!decision.outcome().granted()) {
            throw new AppointmentRefusedException(null, "appointment.decisionNotGranted");
        }
        return decision.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR
                ? CoordinatorKind.CHILD
                : CoordinatorKind.GENERAL;
    }

    /** What the appointment letter shows: the appointment and how to reach the coordinator. */
    private static LetterRequest letter(Appointment appointment, StaffSummary coordinator) {
        return LetterRequest.of(DocumentKind.APPOINTMENT_LETTER, appointment.familyId(), appointment.startsOn())
                .inCase(appointment.coordinatorRequestId())
                .with("appointment", AppointmentView.of(appointment))
                .with("coordinator", coordinator);
    }

    /** The chosen coordinator among the candidates; refused when not one. */
    StaffSummary chosenCoordinator(AppointmentDraft draft) {
        return staff.coordinatorCandidates().stream()
                .filter(s -> s.id().equals(draft.coordinatorId()))
                .findFirst()
                .orElseThrow(
                        () -> new AppointmentRefusedException("coordinatorId", "appointment.coordinator.required"));
    }

    /**
     * A new appointment from a draft, checked as every appointment is (the wish, the child's voice,
     * the consent, the delegation); on a change it names the appointment it replaces and why.
     */
    Appointment build(
            DecisionView decision,
            AppointmentDraft draft,
            StaffSummary coordinator,
            CoordinatorKind kind,
            LocalDate today,
            UUID replaces,
            String changeReason) {
        WishedPerson wished = draft.familyWish() == FamilyWish.PERSON ? draft.wishedPerson() : WishedPerson.none();
        boolean followed = AppointmentRules.wishFollowed(
                draft.familyWish(), wished.staffId(), draft.wishedUnitId(), coordinator.id(), coordinator.unitId());
        if (!followed
                && (draft.reasonWishNotFollowed() == null
                        || draft.reasonWishNotFollowed().isBlank())) {
            throw new AppointmentRefusedException("reasonWishNotFollowed", "appointment.reason.required");
        }
        List<AppointmentProblem> problems = problems(decision, draft);
        if (!problems.isEmpty()) {
            AppointmentProblem first = problems.get(0);
            throw new AppointmentRefusedException(first.field(), first.messageKey(), first.args());
        }
        ChildVoice voice = draft.childWish() == null
                ? ChildVoice.none()
                : draft.childWish().normalised();
        Delegation delegation = draft.delegation();
        return new Appointment(
                UUID.randomUUID(),
                decision.id(),
                decision.requestId(),
                decision.familyId(),
                coordinator.id(),
                kind,
                draft.familyWish(),
                wished.staffId(),
                draft.familyWish() == FamilyWish.UNIT ? draft.wishedUnitId() : null,
                strip(wished.name()),
                strip(wished.role()),
                strip(wished.workplace()),
                strip(wished.contact()),
                voice.views(),
                voice.how(),
                voice.notHeardReason(),
                voice.weighing(),
                followed ? null : draft.reasonWishNotFollowed().strip(),
                draft.consent().givenBy(),
                draft.consent().givenOn(),
                delegation.decidedBy().strip(),
                delegation.decidedOn(),
                coordinator.unitName(),
                delegation.unitLeader().strip(),
                today,
                null,
                null,
                null,
                replaces,
                strip(changeReason),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAppointedCoordinator(UUID staffId, UUID familyId) {
        LocalDate today = LocalDate.now(clock);
        return appointments.findByFamilyIdOrderByStartsOnDesc(familyId).stream()
                .anyMatch(a -> a.coordinatorId().equals(staffId) && a.activeOn(today));
    }

    @Transactional(readOnly = true)
    public List<AppointmentView> forFamily(UUID familyId) {
        return appointments.findByFamilyIdOrderByStartsOnDesc(familyId).stream()
                .map(AppointmentView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AppointmentView> forRequest(UUID requestId) {
        return appointments.findByCoordinatorRequestIdOrderByStartsOn(requestId).stream()
                .map(AppointmentView::of)
                .toList();
    }

    /** The families a coordinator is appointed to today. */
    @Transactional(readOnly = true)
    public List<AppointmentView> activeFor(UUID coordinatorId) {
        // Only this coordinator's rows: loading every active appointment and filtering here cost
        // O(all appointments) per "Mine familier" (the benchmark's profile, docs/performance.md).
        return appointments.findActiveOnFor(coordinatorId, LocalDate.now(clock)).stream()
                .map(AppointmentView::of)
                .toList();
    }

    /** Every appointment that holds on a date: the one home of "the appointment is active". */
    @Transactional(readOnly = true)
    public List<AppointmentView> activeOn(LocalDate date) {
        return appointments.findActiveOn(date).stream().map(AppointmentView::of).toList();
    }

    /** How many families each coordinator has today, for choosing a coordinator. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> activeFamilyCounts() {
        return activeOn(LocalDate.now(clock)).stream()
                .collect(Collectors.groupingBy(
                        AppointmentView::coordinatorId,
                        Collectors.collectingAndThen(
                                Collectors.mapping(AppointmentView::familyId, Collectors.toSet()),
                                families -> (long) families.size())));
    }

    /**
     * Links the person the family wished for to their staff account, when they were recorded without
     * one; a concurrent change fails on the version.
     */
    @Transactional
    public void linkWishedPerson(UUID appointmentId, int version, UUID staffId) {
        Appointment appointment = appointments
                .findById(appointmentId)
                .orElseThrow(() -> new AppointmentRefusedException(null, "appointment.wishedPerson.notFound"));
        if (appointment.wishedPersonName() == null || appointment.wishedStaffId() != null) {
            throw new AppointmentRefusedException(null, "appointment.wishedPerson.alreadyLinked");
        }
        if (staffId == null || staff.staffByIds(java.util.Set.of(staffId)).isEmpty()) {
            throw new AppointmentRefusedException("staffId", "appointment.wishedPerson.account.required");
        }
        if (!Integer.valueOf(version).equals(appointment.version())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("appointment " + appointmentId);
        }
        appointments.save(appointment.withWishedStaff(staffId));
    }

    /**
     * Creates a coordinator's account for the wished person who has none, and links it to the
     * appointment, in one transaction (docs/adr/0010): only ever a COORDINATOR account. Returns the
     * account with its first password, to be shown once. A username in use throws {@link
     * StaffDirectory.UsernameTakenException}; a concurrent change fails on the version.
     */
    @Transactional
    public StaffDirectory.NewAccount createWishedPersonAccount(UUID appointmentId, int version, WishedAccount account) {
        Appointment appointment = appointments
                .findById(appointmentId)
                .orElseThrow(() -> new AppointmentRefusedException(null, "appointment.wishedPerson.notFound"));
        if (appointment.wishedPersonName() == null || appointment.wishedStaffId() != null) {
            throw new AppointmentRefusedException(null, "appointment.wishedPerson.alreadyLinked");
        }
        if (!Integer.valueOf(version).equals(appointment.version())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("appointment " + appointmentId);
        }
        StaffDirectory.NewAccount created = staff.registerCoordinator(
                account.username(), account.fullName(), account.unitId(), account.email(), account.phone());
        appointments.save(appointment.withWishedStaff(created.id()));
        return created;
    }

    /** The account to create for the wished person. */
    public record WishedAccount(String username, String fullName, UUID unitId, String email, String phone) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The family's current appointments of the other kind than a decision grants (LAW.md §1 item
     * 10: a family should not get two coordinators): the page warns and offers to convert instead.
     */
    @Transactional(readOnly = true)
    public List<AppointmentView> otherKindCurrent(DecisionView decision) {
        CoordinatorKind granted = decision.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR
                ? CoordinatorKind.CHILD
                : CoordinatorKind.GENERAL;
        LocalDate today = LocalDate.now(clock);
        return forFamily(decision.familyId()).stream()
                .filter(a -> a.kind() != granted && a.current(today))
                .toList();
    }

    /** The child's age today; empty for an expected child. */
    @Transactional(readOnly = true)
    public Optional<Integer> childAge(UUID childId) {
        return families.getChild(childId).ageOn(LocalDate.now(clock));
    }

    /**
     * What is missing or wrong before the appointment can be made, as (field, message key, arguments):
     * the child's wish from the configured age (LAW.md §5 item 26), the family's consent (the youth
     * only from the configured age), and the delegation decision.
     */
    @Transactional(readOnly = true)
    public List<AppointmentProblem> problems(DecisionView decision, AppointmentDraft draft) {
        LocalDate today = LocalDate.now(clock);
        Optional<Integer> age = families.getChild(decision.childId()).ageOn(today);
        List<AppointmentProblem> problems = new ArrayList<>();
        (draft.childWish() == null ? ChildVoice.none() : draft.childWish())
                .problems(age, rules)
                .forEach(p -> problems.add(
                        new AppointmentProblem(CHILD_WISH_FIELDS.get(p.part()), p.messageKey(), p.args())));
        problems.addAll(AppointmentRules.consentProblems(draft.consent(), age, today, rules.youthHealthConsentAge()));
        problems.addAll(AppointmentRules.delegationProblems(draft.delegation(), today));
        return problems;
    }

    private static final Map<ChildVoice.Part, String> CHILD_WISH_FIELDS = Map.of(
            ChildVoice.Part.VIEWS, "childWish",
            ChildVoice.Part.HOW, "childWishHow",
            ChildVoice.Part.WEIGHING, "childWishWeighing");

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What the caseworker records when appointing. */
    public record AppointmentDraft(
            UUID coordinatorId,
            FamilyWish familyWish,
            WishedPerson wishedPerson,
            UUID wishedUnitId,
            ChildVoice childWish,
            String reasonWishNotFollowed,
            AppointmentConsent consent,
            Delegation delegation,
            java.math.BigDecimal hoursPerMonth) {

        /** A draft without the hours per month (not recorded). */
        public AppointmentDraft(
                UUID coordinatorId,
                FamilyWish familyWish,
                WishedPerson wishedPerson,
                UUID wishedUnitId,
                ChildVoice childWish,
                String reasonWishNotFollowed,
                AppointmentConsent consent,
                Delegation delegation) {
            this(
                    coordinatorId,
                    familyWish,
                    wishedPerson,
                    wishedUnitId,
                    childWish,
                    reasonWishNotFollowed,
                    consent,
                    delegation,
                    null);
        }
    }

    /** A problem with an appointment draft, placed on a form field (or the whole form when null). */
    public record AppointmentProblem(String field, String messageKey, Object... args) {}
}
