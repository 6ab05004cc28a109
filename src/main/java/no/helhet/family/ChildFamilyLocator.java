package no.helhet.family;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family a child belongs to. */
@Component
class ChildFamilyLocator implements FamilyLocator {

    private final ChildRepository children;

    ChildFamilyLocator(ChildRepository children) {
        this.children = children;
    }

    @Override
    public String idName() {
        return "childId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return children.findById(id).map(Child::familyId);
    }
}
