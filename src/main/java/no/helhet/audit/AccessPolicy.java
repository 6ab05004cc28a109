package no.helhet.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.helhet.shared.PageSlice;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
import no.helhet.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one access policy for a family's data. Every handler declares its rule ({@link FamilyAccess},
 * {@link CaseWorkAccess}, {@link OwnWorkAccess} or {@code NoFamilyData}); the declared family rules
 * are checked here before the handler runs, and each check leaves an access-log record, granted or
 * denied.
 *
 * <ul>
 *   <li>The coordinating unit (caseworker, lead) reads and changes every family: that is its duty.
 *   <li>A coordinator reads the families appointed to them, and only while appointed.
 *   <li>A provider contact reads what an active consent lets its provider receive, while it does.
 *   <li>Leaders and administrators see no family.
 *   <li>A family member logged in to the family portal sees their own family only, and of it only the
 *       children {@link FamilyMemberPrincipal#childIds()} names (a youth: only themselves).
 * </ul>
 *
 * A granted record joins the caller's transaction if there is one (the declared check runs before
 * the handler, so it is written on its own); a denied one is written in a transaction of its own so
 * that it survives the refusal.
 */
@Service
public class AccessPolicy {

    private final AccessLog log;
    private final List<FamilyAccessGrants> grants;
    private final TransactionTemplate ownTransaction;

    AccessPolicy(AccessLog log, List<FamilyAccessGrants> grants, PlatformTransactionManager transactions) {
        this.log = log;
        this.grants = grants;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Checks a declared rule on one family and records the outcome; called before the handler runs
     * (see {@link DeclaredAccessInterceptor}). A refusal throws {@link FamilyAccessDeniedException}.
     */
    void check(AccessRule rule, UUID familyId, UUID recordId, AccessAction action, String what) {
        check(rule, familyId, recordId, null, action, what);
    }

    /**
     * As {@link #check(AccessRule, UUID, UUID, AccessAction, String)}, with the child the address
     * names ({@code childId}, or null): under {@link AccessRule#FAMILY_MEMBER} it must be one the
     * family member sees.
     */
    void check(AccessRule rule, UUID familyId, UUID recordId, UUID childId, AccessAction action, String what) {
        decide(allows(rule, familyId, recordId, childId), familyId, action, what);
    }

    /** The family member logged in to the family portal, if the current user is one. */
    public java.util.Optional<FamilyMemberPrincipal> familyMember() {
        return CurrentFamilyMember.find();
    }

    /**
     * Whether the current user is a member of this family logged in to the family portal (and, when
     * a child is named, sees that child). Records nothing.
     */
    public boolean isFamilyMember(UUID familyId, UUID childId) {
        return CurrentFamilyMember.find()
                .filter(m -> m.familyId().equals(familyId))
                .filter(m -> childId == null || m.sees(childId))
                .isPresent();
    }

    /** Checks the coordinating unit's work that concerns no one family yet; recorded without a family. */
    void checkCaseWork(AccessAction action, String what) {
        decide(mayDoCaseWork(), null, action, what);
    }

    /** Whether the current user coordinates the family's services (to show actions); records nothing. */
    public boolean mayCoordinate(UUID familyId) {
        StaffPrincipal who = CurrentStaff.find().orElse(null);
        return who != null
                && (who.role().coordinatingUnit()
                        || (who.role() == StaffRole.COORDINATOR && appointed(who.id(), familyId)));
    }

    /**
     * Whether the current provider contact may read the minutes of this meeting of the family: only
     * when the minutes are approved, an active consent covering its provider includes the minutes,
     * and its provider took part in the meeting. The caller vouches that the meeting is the
     * family's. Records nothing (the page that shows them is checked and recorded by its declared
     * rule, {@link AccessRule#PROVIDER_MINUTES}).
     */
    public boolean providerMayReadMinutes(UUID familyId, UUID meetingId) {
        UUID provider = currentProvider();
        return provider != null
                && meetingId != null
                && grants.stream().anyMatch(g -> g.providerMayReadMinutes(provider, familyId))
                && grants.stream().anyMatch(g -> g.providerTookPartInApprovedMeeting(provider, meetingId));
    }

    /**
     * Whether the current user may read anything of the family now (to name it in a list): the
     * coordinating unit, the appointed coordinator, or a provider contact under an active consent.
     * Records nothing; the list that names it records it as listed.
     */
    public boolean mayRead(UUID familyId) {
        return mayCoordinate(familyId) || providerMayRead(familyId);
    }

    /**
     * The children of the family the current user may see named: every child for the coordinating
     * unit and the appointed coordinator; for a provider contact only the children an active consent
     * covers for its provider; none for anyone else. Records nothing.
     */
    public java.util.Set<UUID> childrenToName(UUID familyId, Collection<UUID> allChildren) {
        if (mayCoordinate(familyId)) {
            return java.util.Set.copyOf(allChildren);
        }
        FamilyMemberPrincipal member = CurrentFamilyMember.find().orElse(null);
        if (member != null) {
            if (!member.familyId().equals(familyId)) {
                return java.util.Set.of();
            }
            java.util.Set<UUID> seen = new java.util.HashSet<>(member.childIds());
            seen.retainAll(allChildren);
            return seen;
        }
        UUID provider = currentProvider();
        if (provider == null) {
            return java.util.Set.of();
        }
        java.util.Set<UUID> covered = new java.util.HashSet<>();
        grants.forEach(g -> covered.addAll(g.childrenProviderMayRead(provider, familyId)));
        covered.retainAll(allChildren);
        return covered;
    }

    /**
     * Whether an active consent lets the provider receive information about the family now: asked
     * before a provider contact is invited to a meeting or made owner of a task. Records nothing.
     */
    public boolean providerMayReceive(UUID providerId, UUID familyId) {
        return providerId != null && grants.stream().anyMatch(g -> g.providerMayRead(providerId, familyId));
    }

    /** Whether the current user may read the access log (to show the link); records nothing. */
    public boolean mayReadAccessLog() {
        return CurrentStaff.find().map(p -> p.role() == StaffRole.KE_LEAD).orElse(false);
    }

    /** Whether the current user does the coordinating unit's case work (to show actions); records nothing. */
    public boolean mayDoCaseWork() {
        return CurrentStaff.find().map(p -> p.role().coordinatingUnit()).orElse(false);
    }

    /**
     * Records a change made without a logged-in staff member (a submission of the public request
     * form) as the system, with no family: it is not a read of any family's data.
     */
    public void recordSystemChange(String what) {
        log.append(AccessAction.CHANGE, what, null, AccessOutcome.GRANTED);
    }

    /** Records that families were shown in a list or a search result. */
    public void recordListed(Collection<UUID> familyIds, AccessAction action, String what) {
        log.appendAll(action, what, familyIds);
    }

    /** Records a refusal decided elsewhere (by role, before any handler ran), in a transaction of its own. */
    void recordDenied(UUID familyId, AccessAction action, String what) {
        ownTransaction.executeWithoutResult(s -> log.append(action, what, familyId, AccessOutcome.DENIED));
    }

    PageSlice<AccessLogEntry> accessLog(UUID familyId, int page, int size) {
        return log.forFamily(familyId, page, size);
    }

    private boolean allows(AccessRule rule, UUID familyId, UUID recordId, UUID childId) {
        return switch (rule) {
            case FAMILY_MEMBER -> isFamilyMember(familyId, childId);
            case COORDINATION -> mayCoordinate(familyId);
            case CASE_WORK -> mayDoCaseWork();
            case PROVIDER -> providerMayRead(familyId);
            case PROVIDER_MINUTES -> providerMayRead(familyId) && providerMayReadMinutes(familyId, recordId);
            case PROVIDER_PLAN -> providerMayReadPlan(familyId);
            case ACCESS_LOG -> mayReadAccessLog();
        };
    }

    /** A provider contact reads only while an active consent covers its provider; checked on every request. */
    private boolean providerMayRead(UUID familyId) {
        UUID provider = currentProvider();
        return provider != null && grants.stream().anyMatch(g -> g.providerMayRead(provider, familyId));
    }

    /** A provider contact reads a plan only where it is responsible for a measure under a consent covering the plan. */
    private boolean providerMayReadPlan(UUID familyId) {
        UUID provider = currentProvider();
        return provider != null && grants.stream().anyMatch(g -> g.providerMayReadPlan(provider, familyId));
    }

    private static UUID currentProvider() {
        return CurrentStaff.find()
                .filter(p -> p.role() == StaffRole.PROVIDER_CONTACT)
                .map(StaffPrincipal::serviceProviderId)
                .orElse(null);
    }

    private boolean appointed(UUID staffId, UUID familyId) {
        return grants.stream().anyMatch(g -> g.isAppointedCoordinator(staffId, familyId));
    }

    private void decide(boolean allowed, UUID familyId, AccessAction action, String what) {
        if (allowed) {
            log.append(action, what, familyId, AccessOutcome.GRANTED);
            return;
        }
        ownTransaction.executeWithoutResult(s -> log.append(action, what, familyId, AccessOutcome.DENIED));
        throw new FamilyAccessDeniedException();
    }
}
