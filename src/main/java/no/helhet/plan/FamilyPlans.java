package no.helhet.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.provider.ProviderRegister;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's part in the child's individual plan (LAW.md item 22; issue 14 item 4), for the
 * family portal: the plan in the family's version, the family's own goals (marked as written by
 * the family), the child's views with the date they were obtained, and comments on measures and
 * evaluations. Each goal and comment the family writes becomes a task for whoever leads the plan
 * work, else the family's appointed coordinators.
 *
 * <p>Every method takes the family and the guardian explicitly (the portal's logged-in guardian)
 * and answers "not found" for a guardian who is not the family's or has no parental
 * responsibility, a child not the family's or without a plan, and a measure or an evaluation of
 * another plan.
 */
@Service
public class FamilyPlans {

    /** Days until a task made by the family's goal or comment is due. */
    static final int TASK_DUE_IN_DAYS = 7;

    private final PlanService plans;
    private final PlanItems items;
    private final FamilyService families;
    private final AppointmentService appointments;
    private final TaskService tasks;
    private final StaffDirectory staff;
    private final ProviderRegister providers;

    FamilyPlans(
            PlanService plans,
            PlanItems items,
            FamilyService families,
            AppointmentService appointments,
            TaskService tasks,
            StaffDirectory staff,
            ProviderRegister providers) {
        this.plans = plans;
        this.items = items;
        this.families = families;
        this.appointments = appointments;
        this.tasks = tasks;
        this.staff = staff;
        this.providers = providers;
    }

    /** The child's plan as the family sees it, or empty when the child has none. */
    @Transactional(readOnly = true)
    public Optional<FamilyPlanView> planOf(UUID familyId, UUID guardianId, UUID childId) {
        FamilyDetails family = checked(familyId, guardianId, childId);
        return plans.findForChild(childId)
                .filter(p -> p.familyId().equals(familyId))
                .map(p -> {
                    PlanContent content = plans.content(p.id());
                    List<UUID> coordinatorIds = coordinators(familyId);
                    Set<UUID> staffIds = new LinkedHashSet<>(coordinatorIds);
                    if (p.leadStaffId() != null) {
                        staffIds.add(p.leadStaffId());
                    }
                    Map<UUID, StaffSummary> named = staff.staffByIds(staffIds);
                    return new FamilyPlanView(
                            content,
                            p.leadStaffId() == null ? null : named.get(p.leadStaffId()),
                            coordinatorIds.stream()
                                    .map(named::get)
                                    .filter(java.util.Objects::nonNull)
                                    .toList(),
                            providers.providerNames(),
                            family.guardians().stream()
                                    .collect(Collectors.toMap(GuardianSummary::id, GuardianSummary::displayName)));
                });
    }

    /** The family writes a goal of its own; it is marked as the family's and makes a task. */
    @Transactional
    public UUID addGoal(UUID familyId, UUID guardianId, UUID childId, String text) {
        IndividualPlan plan = planOfChild(familyId, guardianId, childId);
        requireText(text);
        UUID goalId = plans.addGoal(plan.id(), text.strip(), guardianId);
        task(plan, TaskSource.FAMILY_PLAN_GOAL, goalId);
        return goalId;
    }

    /**
     * The family writes the child's views (section {@link PlanSection#CHILD_VIEWS}) with the date
     * they were obtained, as the guardian saw the section at {@code seenVersion} (null: not yet
     * written); who obtained them is the guardian, and how, when given, is kept too. When someone
     * else saved the views in between, nothing is saved ({@link SectionConflictException}).
     */
    @Transactional(noRollbackFor = SectionConflictException.class)
    public PlanText writeChildViews(
            UUID familyId,
            UUID guardianId,
            UUID childId,
            String views,
            LocalDate obtainedOn,
            String how,
            Integer seenVersion) {
        IndividualPlan plan = planOfChild(familyId, guardianId, childId);
        requireText(views);
        if (obtainedOn == null || obtainedOn.isAfter(plans.today())) {
            throw new IllegalArgumentException("the date the views were obtained is missing or in the future");
        }
        PlanText saved = plans.writeSection(plan.id(), PlanSection.CHILD_VIEWS, views, obtainedOn, seenVersion);
        String guardian = guardianOf(families.getFamily(familyId), guardianId).displayName();
        writeAlongside(plan, PlanSection.CHILD_VIEWS_BY, guardian);
        if (how != null && !how.isBlank()) {
            writeAlongside(plan, PlanSection.CHILD_VIEWS_HOW, how.strip());
        }
        return saved;
    }

    /** The family comments on a measure of the child's plan; the comment makes a task. */
    @Transactional
    public UUID commentOnMeasure(UUID familyId, UUID guardianId, UUID childId, UUID measureId, String text) {
        IndividualPlan plan = planOfChild(familyId, guardianId, childId);
        items.measure(plan.id(), measureId);
        return comment(plan, guardianId, measureId, null, text);
    }

    /** The family comments on an evaluation of the child's plan; the comment makes a task. */
    @Transactional
    public UUID commentOnEvaluation(UUID familyId, UUID guardianId, UUID childId, UUID evaluationId, String text) {
        IndividualPlan plan = planOfChild(familyId, guardianId, childId);
        items.evaluation(plan.id(), evaluationId);
        return comment(plan, guardianId, null, evaluationId, text);
    }

    /** The staff members a task from the family goes to: whoever leads the plan work, else the appointed coordinators. */
    @Transactional(readOnly = true)
    public List<UUID> taskOwners(UUID planId) {
        return owners(plans.getPlan(planId));
    }

    private UUID comment(IndividualPlan plan, UUID guardianId, UUID measureId, UUID evaluationId, String text) {
        requireText(text);
        PlanComment saved = items.saveComment(new PlanComment(
                UUID.randomUUID(),
                plan.id(),
                measureId,
                evaluationId,
                guardianId,
                text.strip(),
                null,
                null,
                null,
                null));
        task(plan, TaskSource.FAMILY_PLAN_COMMENT, saved.id());
        return saved.id();
    }

    private void task(IndividualPlan plan, TaskSource source, UUID sourceId) {
        LocalDate due = plans.today().plusDays(TASK_DUE_IN_DAYS);
        for (UUID owner : owners(plan)) {
            tasks.createTask(new TaskCandidate(source, sourceId, owner, plan.familyId(), due));
        }
    }

    private List<UUID> owners(IndividualPlan plan) {
        return plan.leadStaffId() != null ? List.of(plan.leadStaffId()) : coordinators(plan.familyId());
    }

    private List<UUID> coordinators(UUID familyId) {
        LocalDate today = plans.today();
        return appointments.forFamily(familyId).stream()
                .filter(a -> a.activeOn(today))
                .map(AppointmentView::coordinatorId)
                .distinct()
                .toList();
    }

    /** Saves a section that goes with the child's views as it stands now (the family does not edit it on its own). */
    private void writeAlongside(IndividualPlan plan, PlanSection section, String text) {
        Integer current = items.text(plan.id(), section).map(PlanText::version).orElse(null);
        plans.writeSection(plan.id(), section, text, current);
    }

    private IndividualPlan planOfChild(UUID familyId, UUID guardianId, UUID childId) {
        checked(familyId, guardianId, childId);
        return plans.findForChild(childId)
                .filter(p -> p.familyId().equals(familyId))
                .orElseThrow(() -> new NotFoundException("plan"));
    }

    private FamilyDetails checked(UUID familyId, UUID guardianId, UUID childId) {
        FamilyDetails family = families.getFamily(familyId);
        guardianOf(family, guardianId);
        if (family.children().stream().noneMatch(c -> c.id().equals(childId))) {
            throw new NotFoundException("child");
        }
        return family;
    }

    private static GuardianSummary guardianOf(FamilyDetails family, UUID guardianId) {
        return family.guardians().stream()
                .filter(g -> g.id().equals(guardianId) && g.parentalResponsibility())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("guardian"));
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
    }
}
