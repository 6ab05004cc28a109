package no.helhet.family;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Everything registered about a family itself. */
public record FamilyDetails(
        UUID id,
        String addressMunicipality,
        String phone,
        String email,
        int version,
        List<GuardianSummary> guardians,
        List<ChildSummary> children,
        String letterLanguage) {

    public FamilyDetails(
            UUID id,
            String addressMunicipality,
            String phone,
            String email,
            int version,
            List<GuardianSummary> guardians,
            List<ChildSummary> children) {
        this(id, addressMunicipality, phone, email, version, guardians, children, null);
    }

    /** The guardians with parental responsibility: the only ones letters go to and name. */
    public List<GuardianSummary> responsibleGuardians() {
        return guardians.stream()
                .filter(GuardianSummary::parentalResponsibility)
                .toList();
    }

    /** "Hansen / Berg: Emma, Jonas" — family names of guardians, then the children's given names. */
    public String displayName() {
        return displayName(guardians, children);
    }

    static String displayName(List<GuardianSummary> guardians, List<ChildSummary> children) {
        String names = Stream.concat(
                        guardians.stream().map(GuardianSummary::familyName),
                        children.stream().map(ChildSummary::familyName))
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .collect(Collectors.joining(" / "));
        String kids = children.stream()
                .map(ChildSummary::givenName)
                .filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining(", "));
        return kids.isEmpty() ? names : names + ": " + kids;
    }
}
