package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 10, item 6: 90 days before the 18th birthday (right-ending-notice) a task asks KE (the
 * caseworker who appointed) and the coordinator to decide; the day before that, none. Extending
 * after 18 follows the policy (extension-up-to-age 25), stops the turning-18 task and sets a yearly
 * review, which becomes a task on its date. The end page shows the birthday and the policy.
 */
@IntegrationTest
class EighteenthBirthdayTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    TurningEighteenTasks turningEighteen;

    @Autowired
    ExtensionReviewTasks reviews;

    @Autowired
    UserDetailsService users;

    @Test
    void theTaskComesNinetyDaysBeforeTheBirthdayToKeAndTheCoordinatorAndExtensionSetsAYearlyReview() {
        LocalDate today = families.today();
        LocalDate birthday = today.plusDays(90);
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Attensen")
                .withChildBorn("Sara", birthday.minusYears(18))
                .build();
        UUID childId = family.children().get(0).id();
        UUID koord1 = staff.findStaffByUsername("koord1").orElseThrow().id();
        UUID ke = staff.findStaffByUsername("ke").orElseThrow().id();
        asCaseworker(() ->
                appointments.appointCoordinator(fixtures.aGrantedDecision(family), AppointmentFixtures.draft(koord1)));

        assertThat(turningEighteen.candidates(birthday.minusDays(91)))
                .noneMatch(c -> c.sourceId().equals(childId));
        assertThat(turningEighteen.candidates(birthday.minusDays(90)))
                .filteredOn(c -> c.sourceId().equals(childId))
                .extracting(TaskCandidate::ownerId)
                .containsExactlyInAnyOrder(koord1, ke);
        assertThat(turningEighteen.candidates(birthday.minusDays(90)))
                .filteredOn(c -> c.sourceId().equals(childId))
                .allMatch(c -> c.source() == TaskSource.TURNING_18 && c.dueOn().equals(birthday));

        AppointmentView a = appointments.forFamily(family.id()).get(0);
        assertThat(mvc.get().uri("/appointments/" + a.id() + "/end").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Barnet fyller 18 år")
                .contains("barnekoordinator kan fortsette til fylte 25 år")
                .contains("Forleng til fylte 25 år");
        assertThat(mvc.post()
                        .uri("/appointments/" + a.id() + "/extension")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(a.version())))
                .hasStatus(HttpStatus.FOUND);

        AppointmentView extended = appointments.forFamily(family.id()).get(0);
        assertThat(extended.extendedTo()).isEqualTo(birthday.plusYears(7));
        assertThat(extended.reviewOn()).isEqualTo(today.plusYears(1));
        assertThat(turningEighteen.candidates(birthday.minusDays(90)))
                .noneMatch(c -> c.sourceId().equals(childId));
        assertThat(reviews.candidates(today.plusYears(1).minusDays(1)))
                .noneMatch(c -> c.sourceId().equals(a.id()));
        assertThat(reviews.candidates(today.plusYears(1)))
                .filteredOn(c -> c.sourceId().equals(a.id()))
                .extracting(TaskCandidate::ownerId)
                .containsExactly(koord1);
    }

    private void asCaseworker(Runnable work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
