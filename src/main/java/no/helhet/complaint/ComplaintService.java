package no.helhet.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentView;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.FamilyService;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.CurrentStaff;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints, the module's API: registered with the deadline from the receipt of the letter of what
 * they concern; reconsidered by the coordinating unit (reversed or partly reversed by a new
 * assessment and a new decision, or upheld and forwarded to Statsforvalteren with the case bundle);
 * Statsforvalteren's outcome, which gives the coordinating unit a follow-up task.
 */
@Service
public class ComplaintService {

    /** The longest complaint the family writes in the portal, in characters (as the staff form). */
    public static final int MAX_FAMILY_TEXT = 20000;

    private final ComplaintRepository complaints;
    private final ComplaintScans scans;
    private final ComplaintForwarding forwarding;
    private final ConcernedLetters concerns;
    private final Collaborators others;
    private final Clock clock;

    ComplaintService(
            ComplaintRepository complaints,
            ComplaintScans scans,
            ComplaintForwarding forwarding,
            ConcernedLetters concerns,
            Collaborators others,
            Clock clock) {
        this.complaints = complaints;
        this.scans = scans;
        this.forwarding = forwarding;
        this.concerns = concerns;
        this.others = others;
        this.clock = clock;
    }

    /** The other modules a complaint's handling calls on. */
    @org.springframework.stereotype.Component
    record Collaborators(
            DecisionService decisions, AssessmentService assessments, TaskService tasks, FamilyService families) {}

    /**
     * Registers a complaint. A complaint received after the deadline needs a reason why it is taken up
     * anyway; a complaint needs its text or a scanned letter.
     */
    @Transactional
    public UUID register(UUID familyId, NewComplaint c) {
        return register(familyId, c, ComplaintChannel.REGISTERED);
    }

    /**
     * Registers a complaint the family wrote in the family portal about one of its decisions (issue
     * 14 item 8): received today, through the portal; its kind follows from the decision (a refusal,
     * or a general coordinator instead of a barnekoordinator, is a complaint about a refusal; a
     * granted barnekoordinator, about failure to fulfil the right). The decision must be the
     * family's, a guardian one of its guardians, and a youth complains only about a decision about
     * themselves; else not found. Text is required; a late complaint needs the family's reason.
     */
    @Transactional
    public UUID registerFromFamily(UUID familyId, UUID decisionId, FamilyComplaint c) {
        Concern concern = decisionConcern(familyId, decisionId).orElseThrow(() -> new NotFoundException("decision"));
        if (c.complainantKind() == ComplainantKind.GUARDIAN) {
            boolean guardian = others.families().getFamily(familyId).guardians().stream()
                    .anyMatch(g -> g.id().equals(c.complainantId()));
            if (!guardian) {
                throw new NotFoundException("guardian");
            }
        } else if (c.complainantKind() != ComplainantKind.YOUTH
                || !java.util.Objects.equals(c.complainantId(), concern.childId())) {
            throw new NotFoundException("decision");
        }
        if (c.text() == null || c.text().isBlank()) {
            throw new ComplaintRefusedException("complaint.family.text.required");
        }
        if (c.text().length() > MAX_FAMILY_TEXT) {
            throw new ComplaintRefusedException("complaint.family.text.tooLong");
        }
        boolean late = concern.deadline().map(d -> d.lateOn(today())).orElse(false);
        if (late && (c.lateReason() == null || c.lateReason().isBlank())) {
            throw new ComplaintRefusedException("complaint.family.lateReason.required");
        }
        DecisionView decision = others.decisions().getDecision(decisionId);
        ComplaintKind kind = decision.outcome() == DecisionOutcome.GRANTED_CHILD_COORDINATOR
                ? ComplaintKind.FAILURE_TO_FULFIL
                : ComplaintKind.REFUSAL;
        return register(
                familyId,
                new NewComplaint(
                        kind,
                        today(),
                        c.complainantKind(),
                        c.complainantKind() == ComplainantKind.GUARDIAN ? c.complainantId() : null,
                        null,
                        null,
                        concern,
                        c.text(),
                        null,
                        null,
                        false,
                        c.lateReason()),
                ComplaintChannel.PORTAL);
    }

    /**
     * One of the family's decisions as something to complain about, with its complaint period (from
     * the day the family received the letter; empty while the letter is not recorded as sent), for
     * the family portal's complaint form. Empty when the decision is not the family's.
     */
    @Transactional(readOnly = true)
    public Optional<Concern> decisionConcern(UUID familyId, UUID decisionId) {
        return decisionId == null
                ? Optional.empty()
                : concerns.of(familyId).stream()
                        .filter(x -> x.subject() == ComplaintSubject.DECISION && decisionId.equals(x.id()))
                        .findFirst();
    }

    private UUID register(UUID familyId, NewComplaint c, ComplaintChannel channel) {
        boolean late = c.concern().deadline().map(d -> d.lateOn(c.receivedOn())).orElse(false);
        if (late && (c.lateReason() == null || c.lateReason().isBlank())) {
            throw new ComplaintRefusedException("complaint.lateReason.required");
        }
        if ((c.text() == null || c.text().isBlank()) && c.scan() == null) {
            throw new ComplaintRefusedException("complaint.textOrScan.required");
        }
        Concern concern = c.concern();
        Complaint complaint = complaints.save(new Complaint(
                UUID.randomUUID(),
                familyId,
                concern.requestId(),
                concern.childId(),
                c.kind(),
                c.receivedOn(),
                c.complainantKind(),
                c.complainantKind() == ComplainantKind.GUARDIAN ? c.guardianId() : null,
                c.complainantKind() == ComplainantKind.REPRESENTATIVE ? c.representativeName() : null,
                c.complainantKind() == ComplainantKind.REPRESENTATIVE ? c.authority() : null,
                concern.subject(),
                concern.subject() == ComplaintSubject.DECISION ? concern.id() : null,
                concern.subject() == ComplaintSubject.APPOINTMENT || concern.subject() == ComplaintSubject.END
                        ? concern.id()
                        : null,
                blankToNull(c.text()),
                c.helpedByKe(),
                concern.deadline().map(ComplaintDeadline::letterReceivedOn).orElse(null),
                concern.deadline().map(ComplaintDeadline::lastDay).orElse(null),
                late,
                late ? c.lateReason().strip() : null,
                channel,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        if (c.scan() != null) {
            scans.store(complaint.id(), c.scanFileName(), c.scan());
        }
        return complaint.id();
    }

    /**
     * Reverses or partly reverses the decision complained about: starts a new assessment of the same
     * case from the old one's content, on which the coordinating unit makes the new decision (and
     * letter) through the decision module; the complaint records that decision when it is made
     * ({@link ReversalDecisions}). Returns the new assessment's id.
     */
    @Transactional
    public UUID reverse(UUID complaintId, int seenVersion, Reconsideration how, String reason) {
        Complaint complaint = unreconsidered(complaintId, seenVersion);
        if (!how.newDecision()) {
            throw new IllegalArgumentException("not a reversal: " + how);
        }
        if (complaint.decisionId() == null) {
            throw new ComplaintRefusedException("complaint.reverse.noDecision");
        }
        DecisionView decision = others.decisions().getDecision(complaint.decisionId());
        AssessmentView old = others.assessments().getAssessment(decision.assessmentId());
        UUID assessmentId = others.assessments().startAssessment(decision.requestId(), decision.childId());
        AssessmentView fresh = others.assessments().getAssessment(assessmentId);
        others.assessments().saveDraft(assessmentId, fresh.version(), old.content());
        complaints.save(complaint.with(complaint.handling().reconsidered(how, reason, today(), assessmentId)));
        return assessmentId;
    }

    /**
     * Upholds the decision: writes the forwarding letter to Statsforvalteren and the case bundle with
     * the case notes chosen.
     */
    @Transactional
    public void uphold(UUID complaintId, int seenVersion, String reason, Set<UUID> noteIds) {
        Complaint complaint = unreconsidered(complaintId, seenVersion);
        Complaint upheld =
                complaint.with(complaint.handling().reconsidered(Reconsideration.UPHELD, reason, today(), null));
        byte[] scan = scans.find(complaintId).map(ComplaintScans.Scan::content).orElse(null);
        List<UUID> documents = forwarding.write(upheld, scan, noteIds, today());
        complaints.save(upheld.with(upheld.handling().withDocuments(documents.get(0), documents.get(1))));
    }

    /** Records the day the upheld complaint was sent to Statsforvalteren. */
    @Transactional
    public void recordForwarded(UUID complaintId, int seenVersion, LocalDate sentOn) {
        Complaint complaint = current(complaintId, seenVersion);
        if (complaint.reconsideration() != Reconsideration.UPHELD || complaint.forwardedOn() != null) {
            throw new ComplaintRefusedException("complaint.forward.notNow");
        }
        complaints.save(complaint.with(complaint.handling().forwarded(sentOn)));
    }

    /**
     * Records Statsforvalteren's outcome and gives the staff member who records it a follow-up task
     * (upheld: tell the family; reversed: carry out the new decision; sent back: handle the case again).
     */
    @Transactional
    public void recordGovernorOutcome(UUID complaintId, int seenVersion, GovernorOutcome outcome, LocalDate on) {
        Complaint complaint = current(complaintId, seenVersion);
        if (complaint.forwardedOn() == null || complaint.governorOutcome() != null) {
            throw new ComplaintRefusedException("complaint.outcome.notNow");
        }
        complaints.save(complaint.with(complaint.handling().decidedByGovernor(outcome, on)));
        TaskSource source = TaskSource.valueOf("COMPLAINT_GOVERNOR_" + outcome.name());
        others.tasks()
                .createTask(new TaskCandidate(
                        source, complaintId, CurrentStaff.get().id(), complaint.familyId(), today().plusDays(14)));
    }

    /** The new decision made on a reversal's assessment is the complaint's new decision. */
    @Transactional
    void recordNewDecision(UUID decisionId) {
        DecisionView decision = others.decisions().getDecision(decisionId);
        complaints
                .findByReconsiderationAssessmentId(decision.assessmentId())
                .filter(c -> c.newDecisionId() == null)
                .ifPresent(c -> complaints.save(c.with(c.handling().withNewDecision(decisionId))));
    }

    /** Everything the family's complaint can concern (decisions, appointments, ends, with their deadlines). */
    @Transactional(readOnly = true)
    public List<Concern> concerns(UUID familyId) {
        return concerns.of(familyId);
    }

    /** The complaint's current version, for a caller that handles it step by step (the demo data). */
    @Transactional(readOnly = true)
    public int version(UUID complaintId) {
        return getComplaint(complaintId).version();
    }

    @Transactional(readOnly = true)
    Complaint getComplaint(UUID complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> new NotFoundException("complaint"));
    }

    @Transactional(readOnly = true)
    List<Complaint> forFamily(UUID familyId) {
        return complaints.findByFamilyIdOrderByReceivedOnDesc(familyId);
    }

    @Transactional(readOnly = true)
    List<Complaint> forRequest(UUID requestId) {
        return complaints.findByCoordinatorRequestIdOrderByReceivedOnDesc(requestId);
    }

    /** The complaints that still wait, by deadline. */
    @Transactional(readOnly = true)
    List<Complaint> open() {
        return complaints.findOpen();
    }

    @Transactional(readOnly = true)
    Optional<ComplaintScans.Scan> scan(UUID complaintId) {
        return scans.find(complaintId);
    }

    @Transactional(readOnly = true)
    boolean hasScan(UUID complaintId) {
        return scans.exists(complaintId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Complaint unreconsidered(UUID complaintId, int seenVersion) {
        Complaint complaint = current(complaintId, seenVersion);
        if (complaint.reconsideration() != null) {
            throw new ComplaintRefusedException("complaint.reconsidered.already");
        }
        return complaint;
    }

    private Complaint current(UUID complaintId, int seenVersion) {
        Complaint complaint = getComplaint(complaintId);
        if (complaint.version() != seenVersion) {
            throw new OptimisticLockingFailureException("complaint changed by someone else");
        }
        return complaint;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A complaint the family wrote in the family portal.
     *
     * @param complainantKind GUARDIAN or YOUTH
     * @param complainantId the guardian's id, or the youth's (a child of the family)
     * @param text the complaint as the family wrote it
     * @param lateReason why it comes after the deadline (required when it does)
     */
    public record FamilyComplaint(
            ComplainantKind complainantKind, UUID complainantId, String text, String lateReason) {}

    /** A complaint as registered; {@code scan} is a checked PDF or {@code null}. */
    public record NewComplaint(
            ComplaintKind kind,
            LocalDate receivedOn,
            ComplainantKind complainantKind,
            UUID guardianId,
            String representativeName,
            String authority,
            Concern concern,
            String text,
            String scanFileName,
            byte[] scan,
            boolean helpedByKe,
            String lateReason) {}
}
