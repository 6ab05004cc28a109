package no.helhet.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.FamilyAccessGrants;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.request.CoordinatorAppointed;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentService(
            AppointmentRepository appointments,
            DecisionService decisions,
            StaffDirectory staff,
            Letters letters,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appointments = appointments;
        this.decisions = decisions;
        this.staff = staff;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID appointCoordinator(UUID decisionId, AppointmentDraft draft) {
        DecisionView decision = decisions.getDecision(decisionId);
        if (!decision.outcome().granted()) {
            throw new AppointmentRefusedException(null, "appointment.decisionNotGranted");
        }
        if (!appointments.findByDecisionId(decisionId).isEmpty()) {
            throw new AppointmentRefusedException(null, "appointment.alreadyAppointed");
        }
        StaffSummary coordinator = staff.coordinatorCandidates().stream()
                .filter(s -> s.id().equals(draft.coordinatorId()))
                .findFirst()
                .orElseThrow(
                        () -> new AppointmentRefusedException("coordinatorId", "appointment.coordinator.required"));
        boolean followed = AppointmentRules.wishFollowed(
                draft.familyWish(),
                draft.wishedStaffId(),
                draft.wishedUnitId(),
                coordinator.id(),
                coordinator.unitId());
        if (!followed
                && (draft.reasonWishNotFollowed() == null
                        || draft.reasonWishNotFollowed().isBlank())) {
            throw new AppointmentRefusedException("reasonWishNotFollowed", "appointment.reason.required");
        }
        LocalDate today = LocalDate.now(clock);
        CoordinatorKind kind = decision.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR
                ? CoordinatorKind.CHILD
                : CoordinatorKind.GENERAL;
        Appointment appointment = appointments.save(new Appointment(
                UUID.randomUUID(),
                decisionId,
                decision.requestId(),
                decision.familyId(),
                coordinator.id(),
                kind,
                draft.familyWish(),
                draft.familyWish() == FamilyWish.PERSON ? draft.wishedStaffId() : null,
                draft.familyWish() == FamilyWish.UNIT ? draft.wishedUnitId() : null,
                draft.childWish(),
                followed ? null : draft.reasonWishNotFollowed().strip(),
                today,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        UUID letterId = letters.write(LetterRequest.of(DocumentKind.APPOINTMENT_LETTER, decision.familyId(), today)
                .with("appointment", AppointmentView.of(appointment))
                .with("coordinator", coordinator));
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
                today));
        return appointment.id();
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
        return activeOn(LocalDate.now(clock)).stream()
                .filter(a -> a.coordinatorId().equals(coordinatorId))
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

    /** What the caseworker records when appointing. */
    public record AppointmentDraft(
            UUID coordinatorId,
            FamilyWish familyWish,
            UUID wishedStaffId,
            UUID wishedUnitId,
            String childWish,
            String reasonWishNotFollowed,
            java.math.BigDecimal hoursPerMonth) {

        /** A draft without the hours per month (not recorded). */
        public AppointmentDraft(
                UUID coordinatorId,
                FamilyWish familyWish,
                UUID wishedStaffId,
                UUID wishedUnitId,
                String childWish,
                String reasonWishNotFollowed) {
            this(coordinatorId, familyWish, wishedStaffId, wishedUnitId, childWish, reasonWishNotFollowed, null);
        }
    }
}
