package no.helhet.family;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family a guardian belongs to. */
@Component
class GuardianFamilyLocator implements FamilyLocator {

    private final GuardianRepository guardians;

    GuardianFamilyLocator(GuardianRepository guardians) {
        this.guardians = guardians;
    }

    @Override
    public String idName() {
        return "guardianId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return guardians.findById(id).map(Guardian::familyId);
    }
}
