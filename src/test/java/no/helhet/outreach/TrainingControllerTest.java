package no.helhet.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.task.TaskSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** KE's register of training and guidance, and which coordinators are due for training. */
@IntegrationTest
class TrainingControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    TrainingRegister register;

    @Autowired
    TrainingDueTasks tasks;

    @Test
    void trainingWithinTheIntervalTakesACoordinatorOffTheList() {
        UUID koord1 = id("koord1");
        UUID koord2 = id("koord2");
        LocalDate today = register.today();
        // Guidance does not count as training, nor does training older than the interval (12 months).
        register.record(today.minusDays(3), TrainingKind.GUIDANCE, "Veiledning om IP", java.util.Set.of(koord1));
        register.record(today.minusMonths(13), TrainingKind.TRAINING, "Gammelt kurs", java.util.Set.of(koord2));
        assertThat(register.coordinatorsWithoutTraining(today))
                .extracting(TrainingRegister.Untrained::staffId)
                .contains(koord1, koord2);

        assertThat(mvc.post()
                        .uri("/training")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("heldOn", today.minusDays(1).toString())
                        .param("kind", "TRAINING")
                        .param("topic", "Grunnkurs for barnekoordinatorer")
                        .param("participantIds", koord1.toString()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/training");

        assertThat(register.coordinatorsWithoutTraining(today))
                .extracting(TrainingRegister.Untrained::staffId)
                .doesNotContain(koord1)
                .contains(koord2);
        assertThat(tasks.candidates(today))
                .allMatch(c -> c.source() == TaskSource.TRAINING_DUE)
                .anyMatch(c -> c.sourceId()
                        .equals(TrainingDueTasks.sourceId(register.coordinatorsWithoutTraining(today).stream()
                                .filter(u -> u.staffId().equals(koord2))
                                .findFirst()
                                .orElseThrow())))
                .isNotEmpty();
        assertThat(mvc.get().uri("/training").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Grunnkurs for barnekoordinatorer")
                .contains("Koordinatorer uten opplæring de siste 12 månedene");
    }

    @Test
    void aSessionNeedsParticipantsATopicAndNoFutureDateAndKeepsTheInput() {
        assertThat(mvc.post()
                        .uri("/training")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("heldOn", register.today().plusDays(5).toString())
                        .param("kind", "GUIDANCE")
                        .param("topic", "Tema som blir med"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst én deltaker.")
                .contains("Tema som blir med");
    }

    @Test
    void onlyTheCoordinatingUnitKeepsTheRegister() {
        assertThat(mvc.get().uri("/training").with(fixtures.as("leder"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/training").with(fixtures.as("koord1"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private UUID id(String username) {
        return staff.findStaffByUsername(username).orElseThrow().id();
    }
}
