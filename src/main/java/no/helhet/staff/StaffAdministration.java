package no.helhet.staff;

import java.util.UUID;
import no.helhet.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to accounts and units: edit, deactivate, change a role. The last active
 * lead of the coordinating unit and the last active administrator cannot be deactivated or given
 * another role (someone must be left to read the access log and to administer the accounts). Every
 * change is made against the version the form was loaded with (optimistic locking).
 */
@Service
class StaffAdministration {

    private final StaffMemberRepository staff;
    private final UnitRepository units;

    StaffAdministration(StaffMemberRepository staff, UnitRepository units) {
        this.staff = staff;
        this.units = units;
    }

    @Transactional(readOnly = true)
    StaffMember getStaffMember(UUID id) {
        return staff.findById(id).orElseThrow(() -> new NotFoundException("staff member"));
    }

    @Transactional(readOnly = true)
    Unit getUnit(UUID id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit"));
    }

    /** Changes an account; throws {@link LastHolderException} for the last KE lead or administrator. */
    @Transactional
    void changeStaffMember(UUID id, StaffEditForm change) {
        StaffMember member = getStaffMember(id);
        boolean leaves = member.active() && (change.getRole() != member.role() || !change.isActive());
        if (leaves && (member.role() == StaffRole.KE_LEAD || member.role() == StaffRole.ADMIN)) {
            boolean othersLeft = staff.lockActiveHolders(member.role().name()).stream()
                    .anyMatch(holder -> !holder.id().equals(id));
            if (!othersLeft) {
                throw new LastHolderException(member.role());
            }
        }
        staff.save(new StaffMember(
                member.id(),
                member.username(),
                member.passwordHash(),
                change.getFullName(),
                change.getRole(),
                change.getRole() == StaffRole.PROVIDER_CONTACT ? member.unitId() : change.getUnitId(),
                change.getEmail(),
                change.getPhone(),
                change.getTrainingStatus(),
                change.isActive(),
                change.getVersion(),
                member.createdAt(),
                member.createdBy(),
                member.modifiedAt(),
                member.modifiedBy()));
    }

    /** Changes a unit's name, sector and kind, or deactivates it. */
    @Transactional
    void changeUnit(UUID id, UnitEditForm change) {
        Unit unit = getUnit(id);
        units.save(new Unit(
                unit.id(),
                change.getName(),
                change.getSectorCode(),
                change.isCoordinatingUnit(),
                change.coordinatorCapacityValue(),
                change.isActive(),
                change.getVersion(),
                unit.createdAt(),
                unit.createdBy(),
                unit.modifiedAt(),
                unit.modifiedBy()));
    }

    /** The last active holder of a role that must always have one would be removed. */
    static class LastHolderException extends RuntimeException {

        private final StaffRole role;

        LastHolderException(StaffRole role) {
            super("last active " + role);
            this.role = role;
        }

        StaffRole role() {
            return role;
        }
    }
}
