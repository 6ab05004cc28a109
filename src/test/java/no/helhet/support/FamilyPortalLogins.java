package no.helhet.support;

import java.util.UUID;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.family.FamilyDetails;
import no.helhet.family.GuardianSummary;
import no.helhet.familyportal.FamilyMemberIdentities;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logs a MockMvc request in to the family portal as a guardian or a youth, with the same principal
 * (and the same rules of who may log in and which children they see) as a login through ID-porten
 * makes ({@link FamilyMemberIdentities}). The login itself is tested against mock-oauth2-server in
 * {@code familyportal.FamilyPortalLoginTest}.
 *
 * <pre>{@code
 * mvc.get().uri("/family-portal/families/" + family.id()).with(familyLogins.asGuardian(family))
 * }</pre>
 */
@Component
public class FamilyPortalLogins {

    private final FamilyMemberIdentities identities;

    FamilyPortalLogins(FamilyMemberIdentities identities) {
        this.identities = identities;
    }

    /** As the family's first guardian with parental responsibility. */
    public RequestPostProcessor asGuardian(FamilyDetails family) {
        GuardianSummary guardian = family.responsibleGuardians().stream()
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("the family has no guardian with parental responsibility"));
        return as(member(guardian.id()));
    }

    /** As this guardian (who must hold parental responsibility: no one else can log in). */
    public RequestPostProcessor asGuardian(UUID guardianId) {
        return as(member(guardianId));
    }

    /** As this child, who must be old enough to log in (youth-health-consent-age, 16). */
    public RequestPostProcessor asYouth(UUID childId) {
        return as(member(childId));
    }

    /** The principal a login of this guardian or youth makes; refused people throw. */
    public FamilyMemberPrincipal member(UUID personId) {
        return identities
                .byPersonId(personId)
                .orElseThrow(() -> new IllegalArgumentException("this person may not log in to the family portal"));
    }

    /** As this principal (for a test that needs one the rules would not make). */
    public static RequestPostProcessor as(FamilyMemberPrincipal member) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.authorities()));
    }
}
