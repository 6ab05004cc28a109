package no.helhet.note;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's case notes, newest first, with corrections marked. */
@Component
class CaseNoteFamilySection implements FamilySection {

    private final CaseNotes notes;
    private final AccessPolicy policy;

    CaseNoteFamilySection(CaseNotes notes, AccessPolicy policy) {
        this.notes = notes;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public String template() {
        return "note/family-section";
    }

    @Override
    public String headingKey() {
        return "note.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        List<CaseNote> list = notes.forFamily(familyId);
        Set<UUID> corrected = new HashSet<>();
        list.forEach(n -> {
            if (n.correctsNoteId() != null) {
                corrected.add(n.correctsNoteId());
            }
        });
        return new Data(familyId, list, corrected, policy.mayCoordinate(familyId));
    }

    record Data(UUID familyId, List<CaseNote> notes, Set<UUID> corrected, boolean mayWrite) {}
}
