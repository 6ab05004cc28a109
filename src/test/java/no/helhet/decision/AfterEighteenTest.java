package no.helhet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.AssessmentStatus;
import no.helhet.assessment.AssessmentView;
import no.helhet.document.Letters;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.shared.RulesProperties;
import no.helhet.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Issue 10, item 6: a request decided after the 18th birthday cannot be granted as a
 * barnekoordinator without the municipal extension policy. The service runs with an injected
 * clock: the day before the birthday it can, on the birthday it cannot with the policy 18, and it
 * can with the policy 25.
 */
class AfterEighteenTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate BORN = LocalDate.of(2008, 3, 10);
    private static final UUID CHILD = UUID.randomUUID();

    @Test
    void theDayBeforeTheBirthdayItCanBeGrantedWhateverThePolicy() {
        assertThat(service("2026-03-09", 18).childCoordinatorAllowed(CHILD)).isTrue();
    }

    @Test
    void decidedOnOrAfterTheBirthdayItIsRefusedWithPolicy18AndAllowedWith25() {
        assertThat(service("2026-03-10", 18).childCoordinatorAllowed(CHILD)).isFalse();
        assertThat(service("2026-09-01", 25).childCoordinatorAllowed(CHILD)).isTrue();
        assertThat(service("2033-03-10", 25).childCoordinatorAllowed(CHILD)).isFalse();

        assertThatThrownBy(() -> service("2026-03-10", 18).decide(UUID.randomUUID(), grant()))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("decision.afterEighteen.noPolicy");
        assertThatThrownBy(() -> service("2033-03-10", 25).decide(UUID.randomUUID(), grant()))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("decision.afterEighteen.pastPolicy");
        // With the policy 25 the rule lets it through to the rest of the decision (the repository here).
        assertThatThrownBy(() -> service("2026-03-10", 25).decide(UUID.randomUUID(), grant()))
                .isInstanceOf(RepositoryReached.class);
    }

    private static DecisionService.DecisionDraft grant() {
        return new DecisionService.DecisionDraft(
                DecisionOutcome.GRANTED_CHILD_COORDINATOR, "a", "b", "c", "Innvilget.", Fixtures.childHeard());
    }

    private static DecisionService service(String date, int extensionUpToAge) {
        Clock clock =
                Clock.fixed(LocalDate.parse(date).atTime(12, 0).atZone(OSLO).toInstant(), OSLO);
        RulesProperties rules = new RulesProperties(
                Period.ofDays(28), Period.ofDays(28), 7, 12, 16, Period.ofDays(90), extensionUpToAge, Period.ofDays(3));
        FamilyService families = mock(FamilyService.class);
        when(families.getChild(CHILD))
                .thenReturn(new ChildSummary(CHILD, UUID.randomUUID(), "Emma", "Hansen", BORN, null, null, null));
        AssessmentService assessments = mock(AssessmentService.class);
        when(assessments.getAssessment(any()))
                .thenReturn(new AssessmentView(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        CHILD,
                        AssessmentStatus.DRAFT,
                        Fixtures.allConditionsMet(),
                        1,
                        Instant.now(),
                        "ke"));
        DecisionRepository repository = mock(DecisionRepository.class);
        when(repository.save(any())).thenThrow(new RepositoryReached());
        return new DecisionService(
                repository,
                assessments,
                mock(Letters.class),
                families,
                rules,
                mock(ApplicationEventPublisher.class),
                clock);
    }

    /** Thrown where the decision would be saved: the age rule let it through. */
    static class RepositoryReached extends RuntimeException {}
}
