package no.helhet.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import no.helhet.consent.InformationKind;
import no.helhet.shared.NotFoundException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual plan: starting it (one per child, only with a consent that covers it), writing
 * its sections and items, evaluating, approving versions and the changes since one. Every change
 * is logged and turns an approved plan into a new draft.
 */
@Service
public class PlanService {

    private final IndividualPlanRepository plans;
    private final PlanItems items;
    private final PlanVersionRepository versions;
    private final ConsentService consents;
    private final JdbcAggregateTemplate aggregates;
    private final Clock clock;

    PlanService(
            IndividualPlanRepository plans,
            PlanItems items,
            PlanVersionRepository versions,
            ConsentService consents,
            JdbcAggregateTemplate aggregates,
            Clock clock) {
        this.plans = plans;
        this.items = items;
        this.versions = versions;
        this.consents = consents;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** The consents of the child that cover the individual plan now: what the plan rests on. */
    @Transactional(readOnly = true)
    public List<ConsentView> coveringConsents(UUID familyId, UUID childId) {
        return coveringConsents(consents.forFamily(familyId), childId);
    }

    List<ConsentView> coveringConsents(List<ConsentView> familyConsents, UUID childId) {
        Instant now = clock.instant();
        LocalDate today = today();
        return familyConsents.stream()
                .filter(c -> c.childId().equals(childId)
                        && c.information().contains(InformationKind.INDIVIDUAL_PLAN)
                        && c.activeAt(now, today))
                .toList();
    }

    /**
     * Starts the plan work for a child. Refused when the child already has a plan (one plan per
     * child) or when no active consent covers the individual plan.
     */
    @Transactional
    public UUID startPlan(UUID familyId, UUID childId, UUID leadStaffId) {
        Optional<IndividualPlan> existing = plans.findByChildId(childId);
        if (existing.isPresent()) {
            throw new PlanExistsException(existing.get().id());
        }
        if (coveringConsents(familyId, childId).isEmpty()) {
            throw new PlanConsentMissingException();
        }
        return plans.save(IndividualPlan.start(familyId, childId, leadStaffId)).id();
    }

    @Transactional(readOnly = true)
    public Optional<IndividualPlan> findForChild(UUID childId) {
        return plans.findByChildId(childId);
    }

    @Transactional(readOnly = true)
    public List<IndividualPlan> forFamily(UUID familyId) {
        return plans.findByFamilyId(familyId);
    }

    @Transactional(readOnly = true)
    public IndividualPlan getPlan(UUID planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan"));
    }

    /** The whole plan, in a fixed number of statements. */
    @Transactional(readOnly = true)
    public PlanContent content(UUID planId) {
        IndividualPlan plan = getPlan(planId);
        return items.content(
                plan,
                versions.findByPlanId(planId).stream().map(PlanVersion::number).toList());
    }

    /**
     * Saves a written section as the caller saw it at {@code seenVersion} (null: not yet written).
     * When someone else saved it in between, nothing is saved and their text is returned in the
     * exception, to show beside the caller's. The date the child's views were obtained is kept.
     */
    @Transactional(noRollbackFor = SectionConflictException.class)
    public PlanText writeSection(UUID planId, PlanSection section, String text, Integer seenVersion) {
        LocalDate obtainedOn =
                items.text(planId, section).map(PlanText::obtainedOn).orElse(null);
        return writeSection(planId, section, text, obtainedOn, seenVersion);
    }

    /**
     * Saves a written section with, for the child's views, the date they were obtained (ignored for
     * the other sections).
     */
    @Transactional(noRollbackFor = SectionConflictException.class)
    public PlanText writeSection(
            UUID planId, PlanSection section, String text, LocalDate obtainedOn, Integer seenVersion) {
        IndividualPlan plan = getPlan(planId);
        Optional<PlanText> current = items.text(planId, section);
        if (current.isPresent() && !current.get().version().equals(seenVersion)
                || current.isEmpty() && seenVersion != null) {
            throw new SectionConflictException(current.orElse(null));
        }
        LocalDate on = section.isDated() ? obtainedOn : null;
        String before = current.map(PlanText::content).orElse(null);
        PlanText next = current.map(t -> new PlanText(
                        t.id(), planId, section, text, on, t.version(), t.createdAt(), t.createdBy(), null, null))
                .orElseGet(
                        () -> new PlanText(UUID.randomUUID(), planId, section, text, on, null, null, null, null, null));
        if (Objects.equals(blankToNull(before), blankToNull(next.content()))) {
            return current.orElseGet(() -> items.saveText(next));
        }
        PlanText saved = items.saveText(next);
        changed(plan, section.itemKey(), before, saved.content());
        return saved;
    }

    /** Sets who leads the plan work, the plan period and the evaluation and revision dates. */
    @Transactional
    public void setFrame(UUID planId, Frame f, int seenVersion) {
        IndividualPlan plan = getPlan(planId);
        String before = frameText(plan);
        IndividualPlan saved = plans.save(plan.withFrame(
                f.leadStaffId(), f.periodFrom(), f.periodUntil(), f.nextEvaluationOn(), f.revisionOn(), seenVersion));
        log(planId, "section.PERIOD", before, frameText(saved));
    }

    @Transactional
    public UUID addParticipant(UUID planId, String name, UUID providerId, String role, String contribution) {
        IndividualPlan plan = getPlan(planId);
        PlanParticipant p = items.saveParticipant(new PlanParticipant(
                UUID.randomUUID(), planId, name, providerId, role, contribution, null, null, null, null, null));
        changed(plan, "participant." + p.id(), null, p.content());
        return p.id();
    }

    @Transactional
    public UUID addGoal(UUID planId, String text) {
        return addGoal(planId, text, null);
    }

    /** Adds a goal; with a guardian, one the family wrote in the family portal. */
    @Transactional
    UUID addGoal(UUID planId, String text, UUID writtenByGuardianId) {
        IndividualPlan plan = getPlan(planId);
        PlanGoal g = items.saveGoal(new PlanGoal(
                UUID.randomUUID(),
                planId,
                items.nextGoalPosition(planId),
                text,
                writtenByGuardianId,
                null,
                null,
                null,
                null,
                null));
        changed(plan, "goal." + g.id(), null, text);
        return g.id();
    }

    @Transactional
    public UUID addMeasure(UUID planId, NewMeasure m) {
        IndividualPlan plan = getPlan(planId);
        if (m.goalId() != null && !items.goalBelongs(planId, m.goalId())) {
            throw new NotFoundException("goal");
        }
        PlanMeasure saved = items.saveMeasure(new PlanMeasure(
                UUID.randomUUID(),
                planId,
                m.goalId(),
                m.description(),
                m.extent(),
                m.how(),
                m.providerId(),
                m.responsiblePerson(),
                m.serviceId(),
                m.startsOn(),
                m.endsOn(),
                MeasureStatus.PLANNED,
                null,
                null,
                null,
                null,
                null));
        changed(plan, "measure." + saved.id(), null, saved.content());
        return saved.id();
    }

    /**
     * Removes a measure that has not been evaluated nor commented on by the family (such a one is
     * kept, with its evaluations and the family's comments).
     */
    @Transactional
    public boolean removeMeasure(UUID planId, UUID measureId) {
        IndividualPlan plan = getPlan(planId);
        PlanMeasure m = items.measure(planId, measureId);
        if (items.isEvaluated(measureId) || items.isCommented(measureId)) {
            return false;
        }
        items.deleteMeasure(m);
        changed(plan, "measure." + m.id(), m.content(), null);
        return true;
    }

    /** Changes a measure's status, as the coordinator or the provider responsible for it. */
    @Transactional
    public PlanMeasure setMeasureStatus(UUID planId, UUID measureId, MeasureStatus status, int seenVersion) {
        IndividualPlan plan = getPlan(planId);
        PlanMeasure m = items.measure(planId, measureId);
        if (m.status() == status && m.version() == seenVersion) {
            return m;
        }
        PlanMeasure saved = items.saveMeasure(m.withStatus(status, seenVersion));
        changed(plan, "measure." + m.id(), m.content(), saved.content());
        return saved;
    }

    /** One measure of the plan. */
    @Transactional(readOnly = true)
    public PlanMeasure measure(UUID planId, UUID measureId) {
        return items.measure(planId, measureId);
    }

    /**
     * Records a dated evaluation of a goal or a measure; with {@code nextEvaluationOn}, the plan's
     * next evaluation moves there.
     */
    @Transactional
    public UUID evaluate(UUID planId, Evaluation e) {
        IndividualPlan plan = getPlan(planId);
        UUID goalId = e.goalId();
        if (e.measureId() != null) {
            goalId = items.measure(planId, e.measureId()).goalId();
        } else if (goalId == null || !items.goalBelongs(planId, goalId)) {
            throw new NotFoundException("goal");
        }
        PlanEvaluation saved = aggregates.save(new PlanEvaluation(
                UUID.randomUUID(),
                planId,
                goalId,
                e.measureId(),
                e.evaluatedOn(),
                e.outcome(),
                e.comment(),
                e.participants(),
                null,
                null,
                null,
                null));
        if (e.nextEvaluationOn() != null && !e.nextEvaluationOn().equals(plan.nextEvaluationOn())) {
            plans.save(plan.withNextEvaluation(e.nextEvaluationOn()));
        }
        return saved.id();
    }

    /** Approves the plan as it stands: a new version, frozen. */
    @Transactional
    public int approve(UUID planId, int seenVersion) {
        IndividualPlan plan = getPlan(planId);
        if (plan.status() == PlanStatus.APPROVED && plan.version() == seenVersion) {
            return plan.approvedVersion();
        }
        IndividualPlan approved = plans.save(plan.approved(seenVersion));
        Set<PlanVersionItem> frozen = items.content(approved, List.of()).items().entrySet().stream()
                .map(i -> new PlanVersionItem(
                        i.getKey(), i.getValue().label(), i.getValue().content()))
                .collect(Collectors.toSet());
        aggregates.save(
                new PlanVersion(UUID.randomUUID(), planId, approved.approvedVersion(), frozen, null, null, null, null));
        return approved.approvedVersion();
    }

    /** What has changed since approved version {@code number}: additions, removals and edits. */
    @Transactional(readOnly = true)
    public List<PlanDiff.Change> changesSince(UUID planId, int number) {
        PlanVersion version =
                versions.findByPlanIdAndNumber(planId, number).orElseThrow(() -> new NotFoundException("version"));
        return PlanDiff.between(PlanContent.itemsOf(version), content(planId).items());
    }

    /** Every change of the plan, newest first: who changed what and when. */
    @Transactional(readOnly = true)
    public List<PlanChange> changeLog(UUID planId) {
        return items.changes(planId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone times are shown in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    private void changed(IndividualPlan plan, String key, String before, String after) {
        if (plan.status() == PlanStatus.APPROVED) {
            plans.save(plan.asDraft());
        }
        log(plan.id(), key, before, after);
    }

    private void log(UUID planId, String key, String before, String after) {
        if (Objects.equals(blankToNull(before), blankToNull(after))) {
            return;
        }
        aggregates.save(new PlanChange(UUID.randomUUID(), planId, key, before, after, null, null, null, null));
    }

    private static String frameText(IndividualPlan p) {
        return String.join(
                " – ",
                String.valueOf(p.leadStaffId()),
                String.valueOf(p.periodFrom()),
                String.valueOf(p.periodUntil()),
                String.valueOf(p.nextEvaluationOn()),
                String.valueOf(p.revisionOn()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Who leads the plan work, the plan period, and when it is evaluated and revised. */
    public record Frame(
            UUID leadStaffId,
            LocalDate periodFrom,
            LocalDate periodUntil,
            LocalDate nextEvaluationOn,
            LocalDate revisionOn) {}

    /** A new measure. */
    public record NewMeasure(
            UUID goalId,
            String description,
            String extent,
            String how,
            UUID providerId,
            String responsiblePerson,
            UUID serviceId,
            LocalDate startsOn,
            LocalDate endsOn) {}

    /** An evaluation of a goal ({@code measureId} empty) or of a measure. */
    public record Evaluation(
            UUID goalId,
            UUID measureId,
            LocalDate evaluatedOn,
            EvaluationOutcome outcome,
            String comment,
            String participants,
            LocalDate nextEvaluationOn) {}
}
