package no.helhet.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.assessment.AssessmentContent;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.Conclusion;
import no.helhet.assessment.IllnessKind;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.provider.ProviderFixtures;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.request.RequesterKind;
import no.helhet.shared.ChildVoice;
import no.helhet.staff.StaffFixtures;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Object mother for tests: families, requests, assessments and decisions built through the real
 * services, and logins. The per-module builders ({@link FamilyFixtures}, {@link StaffFixtures},
 * {@link ProviderFixtures}) build the rest.
 */
@Component
public class Fixtures {

    private final FamilyService families;
    private final FamilyFixtures familyFixtures;
    private final RequestService requests;
    private final UserDetailsService users;

    private final AssessmentService assessments;
    private final DecisionService decisions;

    Fixtures(
            FamilyService families,
            FamilyFixtures familyFixtures,
            RequestService requests,
            UserDetailsService users,
            AssessmentService assessments,
            DecisionService decisions) {
        this.families = families;
        this.familyFixtures = familyFixtures;
        this.requests = requests;
        this.users = users;
        this.assessments = assessments;
        this.decisions = decisions;
    }

    /** Content where all three conditions are met, with reasons. */
    public static AssessmentContent allConditionsMet() {
        return new AssessmentContent(
                Conclusion.MET,
                "Barnet er under 18 år.",
                EnumSet.of(IllnessKind.SOMATIC),
                Conclusion.MET,
                "Alvorlig sykdom.",
                true,
                true,
                true,
                true,
                Conclusion.MET,
                "Langvarige behov for helse, skole og Nav.",
                List.of(),
                "Vil ha én voksen.",
                "Samtale",
                null,
                "Ønsker fast kontakt.");
    }

    /** A request with a saved assessment where all conditions are met; returns the assessment id. */
    public UUID anAssessment(FamilyDetails family) {
        UUID requestId = aRequest(family, families.today().minusDays(3));
        UUID assessmentId =
                assessments.startAssessment(requestId, family.children().get(0).id());
        assessments.saveDraft(
                assessmentId, assessments.getAssessment(assessmentId).version(), allConditionsMet());
        return assessmentId;
    }

    /** A family granted a barnekoordinator; returns the decision id. */
    public UUID aGrantedDecision(FamilyDetails family) {
        UUID assessmentId = anAssessment(family);
        AssessmentContent c = allConditionsMet();
        return decisions.decide(
                assessmentId,
                new DecisionService.DecisionDraft(
                        DecisionOutcome.GRANTED_CHILD_COORDINATOR,
                        c.ageReason(),
                        c.illnessReason(),
                        c.needReason(),
                        "Familien har rett til barnekoordinator.",
                        childHeard()));
    }

    /** The child's voice as a decision or an appointment records it, enough at any age. */
    public static ChildVoice childHeard() {
        AssessmentContent c = allConditionsMet();
        return new ChildVoice(c.childViews(), c.childViewsHow(), null, "Barnets ønske om én voksen er fulgt.");
    }

    /** A valid synthetic national id (month + 80) for a birth date, never used before in this JVM. */
    public static String syntheticId(LocalDate birthDate) {
        return FamilyFixtures.aNationalId(birthDate);
    }

    /**
     * Logs a request in as a staff member (the real principal, with role and unit): one of the {@link
     * TestMunicipality}'s accounts, a demo account under {@link DemoData}, or one the test created.
     */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** A family with one guardian (Kari) and one child (Emma) of the given age; see {@link FamilyFixtures}. */
    public FamilyDetails aFamily(String familyName, int childAge) {
        return familyFixtures
                .aFamily()
                .named(familyName)
                .withChild("Emma", childAge)
                .build();
    }

    /** A request from the family's first guardian about its first child, received on a given date. */
    public UUID aRequest(FamilyDetails family, LocalDate receivedOn) {
        return requests.registerRequest(new NewRequest(
                family.id(),
                RequestChannel.PHONE,
                receivedOn,
                RequesterKind.GUARDIAN,
                family.guardians().get(0).id(),
                null,
                null,
                "Vi trenger hjelp.",
                Set.of(family.children().get(0).id())));
    }
}
