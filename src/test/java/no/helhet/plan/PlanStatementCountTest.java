package no.helhet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The plan page of a child with 10 goals, 40 measures and 100 evaluations sends as many SQL
 * statements as that of a plan with one goal, one measure and one evaluation: no query per goal,
 * measure or evaluation.
 */
@IntegrationTest
class PlanStatementCountTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Test
    void theLargePlanPageSendsNoMoreStatementsThanTheSmallOne() {
        UUID small = planWith(fixtures.aFamily("Litenplan", 10), 1, 1, 1);
        UUID large = planWith(fixtures.aFamily("Storplan", 10), 10, 4, 100);
        int smallCount = count(small);
        int largeCount = count(large);
        assertThat(plans.content(large).evaluations()).hasSize(100);
        assertThat(plans.content(large).measures()).hasSize(40);
        assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(40);
    }

    private UUID planWith(FamilyDetails family, int goals, int measuresPerGoal, int evaluations) {
        UUID planId = planFixtures.aPlan(family);
        plans.writeSection(planId, PlanSection.OWN_GOALS, "Mål med egne ord", null);
        plans.addParticipant(planId, "Kari", null, "Mor", null);
        List<UUID> measures = new java.util.ArrayList<>();
        for (int g = 0; g < goals; g++) {
            UUID goal = plans.addGoal(planId, "Mål " + g);
            for (int m = 0; m < measuresPerGoal; m++) {
                measures.add(plans.addMeasure(
                        planId,
                        new PlanService.NewMeasure(
                                goal, "Tiltak " + g + "." + m, null, null, null, null, null, null, null)));
            }
        }
        for (int e = 0; e < evaluations; e++) {
            plans.evaluate(
                    planId,
                    new PlanService.Evaluation(
                            null,
                            measures.get(e % measures.size()),
                            plans.today(),
                            EvaluationOutcome.IN_PROGRESS,
                            "Evaluering " + e,
                            "Mor",
                            null));
        }
        return planId;
    }

    private int count(UUID planId) {
        List<String> statements = StatementCounter.record(
                () -> assertThat(mvc.get().uri("/plans/" + planId).with(fixtures.as("ke")))
                        .hasStatusOk());
        return statements.size();
    }
}
