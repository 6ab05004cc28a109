package no.helhet.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.helhet.assessment.AssessmentContent;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.Conclusion;
import no.helhet.assessment.IllnessKind;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.request.RequesterKind;
import no.helhet.shared.NationalId;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Object mother for tests: synthetic national ids, families and requests built through the real services. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final FamilyService families;
    private final RequestService requests;
    private final UserDetailsService users;

    private final AssessmentService assessments;
    private final DecisionService decisions;

    Fixtures(
            FamilyService families,
            RequestService requests,
            UserDetailsService users,
            AssessmentService assessments,
            DecisionService decisions) {
        this.families = families;
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
                        "Familien har rett til barnekoordinator."));
    }

    /** A valid synthetic national id (month + 80) for a birth date, never used before in this JVM. */
    public static String syntheticId(LocalDate birthDate) {
        while (true) {
            int n = SEQUENCE.getAndIncrement();
            int individual = birthDate.getYear() >= 2000 ? 500 + n % 500 : n % 500;
            String nine = String.format(
                    "%02d%02d%02d%03d",
                    birthDate.getDayOfMonth(), birthDate.getMonthValue() + 80, birthDate.getYear() % 100, individual);
            var id = NationalId.withCheckDigits(nine);
            if (id.isPresent()) {
                return id.get();
            }
        }
    }

    /** Logs a request in as a demo user (the real principal, with role and unit). */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** A family with one guardian and one child of the given age, registered through the family service. */
    public FamilyDetails aFamily(String familyName, int childAge) {
        LocalDate today = families.today();
        UUID id = families.registerFamily(new NewFamily(
                "Demo kommune",
                "99999999",
                null,
                List.of(new NewGuardian(syntheticId(today.minusYears(38)), "Kari", familyName, true, null, null)),
                List.of(new NewChild(
                        syntheticId(today.minusYears(childAge).minusDays(10)),
                        "Emma",
                        familyName,
                        today.minusYears(childAge).minusDays(10),
                        null,
                        null))));
        return families.getFamily(id);
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
