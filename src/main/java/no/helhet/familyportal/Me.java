package no.helhet.familyportal;

import java.util.Set;
import java.util.UUID;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.shared.NotFoundException;

/**
 * The family member behind the request, as the portal's consent and plan pages need them: the family,
 * the guardian (empty for a youth) and the children they see. What only a guardian with parental
 * responsibility may do answers "not found" to anyone else.
 */
record Me(UUID familyId, UUID guardianId, Set<UUID> childIds) {

    static Me current() {
        FamilyMemberPrincipal m = CurrentFamilyMember.find().orElseThrow(() -> new NotFoundException("family member"));
        return new Me(
                m.familyId(), m.kind() == FamilyMemberPrincipal.Kind.GUARDIAN ? m.personId() : null, m.childIds());
    }

    /** The logged-in guardian (with parental responsibility: no one else logs in as a guardian). */
    static Me currentGuardian() {
        Me me = current();
        if (!me.guardian()) {
            throw new NotFoundException("guardian");
        }
        return me;
    }

    /** The logged-in guardian, who must see this child. */
    static Me guardianOf(UUID childId) {
        Me me = currentGuardian();
        if (!me.childIds().contains(childId)) {
            throw new NotFoundException("child");
        }
        return me;
    }

    boolean guardian() {
        return guardianId != null;
    }
}
