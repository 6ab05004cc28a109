package no.helhet.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.shared.RulesProperties;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change and the end of a coordinator (LAW.md §1 item 9), and the extension after 18. A change
 * ends the old appointment today and starts a new one today, checked as every appointment is; the
 * access policy follows the appointment, so the old coordinator loses access at once. An end closes
 * the coordinator's open tasks about the family and writes the end letter where one is sent.
 */
@Service
public class AppointmentChangeService {

    private final AppointmentRepository appointments;
    private final AppointmentService appointing;
    private final DecisionService decisions;
    private final Letters letters;
    private final FamilyService families;
    private final StaffDirectory staff;
    private final TaskService tasks;
    private final RulesProperties rules;
    private final Clock clock;

    AppointmentChangeService(
            AppointmentRepository appointments,
            AppointmentService appointing,
            DecisionService decisions,
            Letters letters,
            FamilyService families,
            StaffDirectory staff,
            TaskService tasks,
            RulesProperties rules,
            Clock clock) {
        this.appointments = appointments;
        this.appointing = appointing;
        this.decisions = decisions;
        this.letters = letters;
        this.families = families;
        this.staff = staff;
        this.tasks = tasks;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AppointmentView getAppointment(UUID appointmentId) {
        return AppointmentView.of(load(appointmentId));
    }

    /**
     * Replaces the coordinator, or converts the appointment to the other kind (a change of kind with
     * a letter); returns the new appointment's id.
     */
    @Transactional
    public UUID changeCoordinator(
            UUID appointmentId, int version, CoordinatorKind kind, String reason, AppointmentDraft draft) {
        Appointment old = current(appointmentId, version);
        if (reason == null || reason.isBlank()) {
            throw new AppointmentRefusedException("changeReason", "appointment.change.reason.required");
        }
        StaffSummary coordinator = appointing.chosenCoordinator(draft);
        if (coordinator.id().equals(old.coordinatorId()) && kind == old.kind()) {
            throw new AppointmentRefusedException("coordinatorId", "appointment.change.same");
        }
        DecisionView decision = decisions.getDecision(old.decisionId());
        LocalDate today = LocalDate.now(clock);
        Appointment next = appointing.build(decision, draft, coordinator, kind, today, old.id(), reason);
        EndReason why = kind == old.kind() ? EndReason.CHANGE_OF_PERSON : EndReason.CONVERTED;
        appointments.save(old.ended(today, why, null));
        next = appointments.save(next);
        StaffSummary previous =
                staff.staffByIds(java.util.Set.of(old.coordinatorId())).get(old.coordinatorId());
        UUID letterId = letters.write(LetterRequest.of(DocumentKind.CHANGE_LETTER, old.familyId(), today)
                .inCase(old.coordinatorRequestId())
                .with("appointment", AppointmentView.of(next))
                .with("previous", AppointmentView.of(old))
                .with("previousCoordinator", previous)
                .with("coordinator", coordinator));
        appointments.save(next.withLetter(letterId));
        if (draft.hoursPerMonth() != null) {
            appointments.recordHoursPerMonth(next.id(), draft.hoursPerMonth());
        }
        if (!coordinator.id().equals(old.coordinatorId())) {
            tasks.closeOpenTasksOf(old.familyId(), old.coordinatorId());
        }
        return next.id();
    }

    /**
     * Ends the right from today for a reason; an end letter with complaint information goes to the
     * family where the reason sends one. Closes the coordinator's open tasks about the family and
     * the child's turning-18 and review tasks.
     */
    @Transactional
    public void endRight(UUID appointmentId, int version, EndReason reason, String note) {
        Appointment appointment = current(appointmentId, version);
        if (reason == null || !EndReason.ENDINGS.contains(reason)) {
            throw new AppointmentRefusedException("reason", "appointment.end.reason.required");
        }
        if (reason.needsNote() && (note == null || note.isBlank())) {
            throw new AppointmentRefusedException("note", "appointment.end.note.required");
        }
        LocalDate today = LocalDate.now(clock);
        Appointment ended = appointments.save(
                appointment.ended(today, reason, note == null || note.isBlank() ? null : note.strip()));
        if (reason.sendsLetter()) {
            StaffSummary coordinator =
                    staff.staffByIds(java.util.Set.of(ended.coordinatorId())).get(ended.coordinatorId());
            UUID letterId = letters.write(LetterRequest.of(DocumentKind.END_LETTER, ended.familyId(), today)
                    .inCase(ended.coordinatorRequestId())
                    .with("appointment", AppointmentView.of(ended))
                    .with("coordinator", coordinator));
            appointments.save(ended.withEndLetter(letterId));
        }
        tasks.closeOpenTasksOf(ended.familyId(), ended.coordinatorId());
        UUID childId = decisions.getDecision(ended.decisionId()).childId();
        tasks.closeOpenTasksFrom(TaskSource.TURNING_18, childId);
        tasks.closeOpenTasksFrom(TaskSource.EXTENSION_REVIEW, ended.id());
    }

    /**
     * Continues a barnekoordinator after 18 as far as the municipal policy allows (the setting
     * extension-up-to-age), with a yearly review; refused where the policy offers none.
     */
    @Transactional
    public void extendRight(UUID appointmentId, int version) {
        Appointment appointment = current(appointmentId, version);
        if (appointment.kind() != CoordinatorKind.CHILD || !rules.offersExtension()) {
            throw new AppointmentRefusedException(null, "appointment.extend.noPolicy");
        }
        ChildSummary child = families.getChild(
                decisions.getDecision(appointment.decisionId()).childId());
        LocalDate until = child.birthDate() == null ? null : child.birthDate().plusYears(rules.extensionUpToAge());
        LocalDate today = LocalDate.now(clock);
        if (until == null || !until.isAfter(today)) {
            throw new AppointmentRefusedException(null, "appointment.extend.tooOld");
        }
        appointments.save(appointment.extended(until, today.plusYears(1)));
        tasks.closeOpenTasksFrom(TaskSource.TURNING_18, child.id());
    }

    /** The child the appointment's decision is about. */
    @Transactional(readOnly = true)
    public UUID childOf(AppointmentView appointment) {
        return decisions.getDecision(appointment.decisionId()).childId();
    }

    /** The 18th birthday of the appointment's child; empty for an expected child. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> turns18On(AppointmentView appointment) {
        return families.getChild(childOf(appointment)).turns18On();
    }

    /** Whether the appointment has not ended (today). */
    public boolean isCurrent(AppointmentView appointment) {
        return appointment.current(LocalDate.now(clock));
    }

    private Appointment current(UUID appointmentId, int version) {
        Appointment appointment = load(appointmentId);
        if (!Integer.valueOf(version).equals(appointment.version())) {
            throw new OptimisticLockingFailureException("appointment " + appointmentId);
        }
        if (!AppointmentView.of(appointment).current(LocalDate.now(clock))) {
            throw new AppointmentRefusedException(null, "appointment.change.ended");
        }
        return appointment;
    }

    private Appointment load(UUID appointmentId) {
        return appointments.findById(appointmentId).orElseThrow(AppointmentNotFoundException::new);
    }
}
