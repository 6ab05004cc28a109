package no.helhet.family;

import java.util.UUID;
import no.helhet.shared.NationalId;

/** A guardian as other modules see it; the national id only masked. */
public record GuardianSummary(
        UUID id,
        String givenName,
        String familyName,
        String maskedNationalId,
        boolean parentalResponsibility,
        String phone,
        String email,
        PostalAddress address,
        int version) {

    /** A guardian without a postal address (for tests of rules that do not need one). */
    public GuardianSummary(
            UUID id,
            String givenName,
            String familyName,
            String maskedNationalId,
            boolean parentalResponsibility,
            String phone,
            String email) {
        this(id, givenName, familyName, maskedNationalId, parentalResponsibility, phone, email, null, 0);
    }

    public String displayName() {
        return givenName + " " + familyName;
    }

    static GuardianSummary of(Guardian g) {
        return new GuardianSummary(
                g.id(),
                g.givenName(),
                g.familyName(),
                NationalId.mask(g.nationalId()),
                g.parentalResponsibility(),
                g.phone(),
                g.email(),
                new PostalAddress(g.streetAddress(), g.postcode(), g.postPlace()),
                g.version());
    }
}
