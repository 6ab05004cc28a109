package no.helhet.document;

import java.util.List;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.GuardianSummary;
import no.helhet.family.PostalAddress;

/**
 * One recipient printed on a letter: a guardian with parental responsibility, or the youth. A
 * guardian without parental responsibility is never a recipient and is never named.
 */
public record LetterRecipient(String name, PostalAddress address) {

    /**
     * The recipients of a letter to a family: each guardian with parental responsibility at their own
     * address; or, when the letter goes to the youth, the youth at the address of the first of them.
     */
    static List<LetterRecipient> of(FamilyDetails family, ChildSummary child, boolean toYouth) {
        List<GuardianSummary> responsible = family.responsibleGuardians();
        if (toYouth && child != null) {
            PostalAddress home = responsible.stream()
                    .map(GuardianSummary::address)
                    .filter(a -> a != null && a.complete())
                    .findFirst()
                    .orElse(null);
            return List.of(new LetterRecipient(child.displayName(), home));
        }
        return responsible.stream()
                .map(g -> new LetterRecipient(g.displayName(), g.address()))
                .toList();
    }

    public boolean hasAddress() {
        return address != null && address.complete();
    }
}
