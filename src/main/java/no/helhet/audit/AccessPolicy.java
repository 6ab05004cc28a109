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
 * The one access policy for a family's data. Every handler that reads or changes a family's data
 * calls it first; each call leaves an access-log record, granted or denied.
 *
 * <ul>
 *   <li>The coordinating unit (caseworker, lead) reads and changes every family: that is its duty.
 *   <li>A coordinator reads the families appointed to them, and only while appointed.
 *   <li>Leaders and administrators see no family.
 * </ul>
 *
 * A granted record joins the caller's transaction (atomic with the change); a denied one is
 * written in a transaction of its own so that it survives the refusal.
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

    /** Reads of one family's data: the coordinating unit, or the family's appointed coordinator. */
    public void checkRead(UUID familyId, AccessAction action, String what) {
        decide(mayCoordinate(familyId), familyId, action, what);
    }

    /**
     * The coordination of a family's services (what the child receives and needs): the coordinating
     * unit, or the family's appointed coordinator.
     */
    public void checkCoordination(UUID familyId, AccessAction action, String what) {
        decide(mayCoordinate(familyId), familyId, action, what);
    }

    /** Whether the current user coordinates the family's services (to show actions); records nothing. */
    public boolean mayCoordinate(UUID familyId) {
        StaffPrincipal who = CurrentStaff.find().orElse(null);
        return who != null
                && (who.role().coordinatingUnit()
                        || (who.role() == StaffRole.COORDINATOR && appointed(who.id(), familyId)));
    }

    /** Changes to a family's case that belong to the coordinating unit (register, assess, decide, appoint). */
    public void checkCaseWork(UUID familyId, AccessAction action, String what) {
        StaffPrincipal who = CurrentStaff.find().orElse(null);
        decide(who != null && who.role().coordinatingUnit(), familyId, action, what);
    }

    /**
     * A provider contact's read of what its provider may receive about a family: only while an
     * active consent covers the provider. Checked again on every request, so a withdrawal bites at once.
     */
    public void checkProviderRead(UUID familyId, AccessAction action, String what) {
        StaffPrincipal who = CurrentStaff.find().orElse(null);
        boolean allowed = who != null
                && who.role() == StaffRole.PROVIDER_CONTACT
                && who.serviceProviderId() != null
                && grants.stream().anyMatch(g -> g.providerMayRead(who.serviceProviderId(), familyId));
        decide(allowed, familyId, action, what);
    }

    /** Reading the access log of a family: the lead of the coordinating unit. */
    public void checkAccessLogRead(UUID familyId) {
        StaffPrincipal who = CurrentStaff.find().orElse(null);
        decide(who != null && who.role() == StaffRole.KE_LEAD, familyId, AccessAction.VIEW, "access-log");
    }

    /** Whether the current user may read the access log (to show the link); records nothing. */
    public boolean mayReadAccessLog() {
        return CurrentStaff.find().map(p -> p.role() == StaffRole.KE_LEAD).orElse(false);
    }

    /** Whether the current user does the coordinating unit's case work (to show actions); records nothing. */
    public boolean mayDoCaseWork() {
        return CurrentStaff.find().map(p -> p.role().coordinatingUnit()).orElse(false);
    }

    /** Records that families were shown in a list or a search result. */
    public void recordListed(Collection<UUID> familyIds, AccessAction action, String what) {
        log.appendAll(action, what, familyIds);
    }

    PageSlice<AccessLogEntry> accessLog(UUID familyId, int page, int size) {
        return log.forFamily(familyId, page, size);
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
