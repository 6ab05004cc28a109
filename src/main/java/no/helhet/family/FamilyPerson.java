package no.helhet.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A guardian or a child as the family portal's login finds them (from ID-porten's {@code pid}); never
 * carries the national id.
 *
 * @param personId the guardian's or the child's id
 * @param familyId the family
 * @param guardian true for a guardian, false for a child
 * @param name given and family name
 * @param parentalResponsibility whether a guardian holds parental responsibility (false for a child)
 * @param birthDate a child's date of birth (null for a guardian)
 */
public record FamilyPerson(
        UUID personId,
        UUID familyId,
        boolean guardian,
        String name,
        boolean parentalResponsibility,
        LocalDate birthDate) {}
