package no.helhet.familyportal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.family.FamilyPerson;
import no.helhet.family.FamilyService;
import no.helhet.familyportal.FamilyLoginRefusedException.Reason;
import no.helhet.shared.RulesProperties;
import org.springframework.stereotype.Service;

/**
 * Who a person logging in to the family portal is, and what they may see (ADR 0014): a guardian with
 * parental responsibility sees the family's children; a guardian without it sees nothing of the
 * children and is refused; a child from {@link RulesProperties#youthHealthConsentAge()} (16) sees only
 * themselves; anyone else is refused. A national id registered as a guardian in several families
 * logs in to the first family (in the order registered) where it sees a child.
 */
@Service
public class FamilyMemberIdentities {

    private final FamilyService families;
    private final RulesProperties rules;

    FamilyMemberIdentities(FamilyService families, RulesProperties rules) {
        this.families = families;
        this.rules = rules;
    }

    /** The family member with this national id (ID-porten's {@code pid}), or why not. */
    public FamilyMemberPrincipal identify(String nationalId) {
        List<FamilyPerson> people = families.peopleWithNationalId(nationalId);
        if (people.isEmpty()) {
            throw new FamilyLoginRefusedException(Reason.UNKNOWN);
        }
        Reason refusal = Reason.UNKNOWN;
        for (FamilyPerson person : people) {
            Optional<FamilyMemberPrincipal> member = memberOf(person);
            if (member.isPresent()) {
                return member.get();
            }
            refusal = person.guardian() ? Reason.NOTHING_VISIBLE : Reason.TOO_YOUNG;
        }
        throw new FamilyLoginRefusedException(refusal);
    }

    /** The guardian or youth with this id in Helhet, as the login would make them; empty if they may not log in. */
    public Optional<FamilyMemberPrincipal> byPersonId(UUID personId) {
        return families.findPerson(personId).flatMap(this::memberOf);
    }

    private Optional<FamilyMemberPrincipal> memberOf(FamilyPerson person) {
        if (person.guardian()) {
            if (!person.parentalResponsibility()) {
                return Optional.empty();
            }
            Set<UUID> children = families.childIdsOf(person.familyId());
            if (children.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FamilyMemberPrincipal(
                    person.familyId(),
                    FamilyMemberPrincipal.Kind.GUARDIAN,
                    person.personId(),
                    person.name(),
                    children));
        }
        if (!oldEnough(person.birthDate(), families.today())) {
            return Optional.empty();
        }
        return Optional.of(new FamilyMemberPrincipal(
                person.familyId(),
                FamilyMemberPrincipal.Kind.YOUTH,
                person.personId(),
                person.name(),
                Set.of(person.personId())));
    }

    /** Full years on the day: 15 years and 364 days is 15. */
    private boolean oldEnough(LocalDate birthDate, LocalDate today) {
        return birthDate != null && Period.between(birthDate, today).getYears() >= rules.youthHealthConsentAge();
    }
}
