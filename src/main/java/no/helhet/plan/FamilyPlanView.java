package no.helhet.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.staff.StaffSummary;

/**
 * A child's plan as the family sees it in the family portal: the content of the family version
 * ({@code letters/plan-family.html}: the own goals, the child's views, the goals with their
 * measures and evaluations, who takes part and leads, when it is evaluated), with the goals the
 * family wrote and the family's comments, and the names to show them by.
 *
 * @param lead who leads the plan work, if set
 * @param coordinators the family's appointed coordinators today
 * @param providerNames the names of the providers responsible for measures and taking part
 * @param guardianNames the names of the family's guardians, for the goals and comments they wrote
 */
public record FamilyPlanView(
        PlanContent content,
        StaffSummary lead,
        List<StaffSummary> coordinators,
        Map<UUID, String> providerNames,
        Map<UUID, String> guardianNames) {

    public IndividualPlan plan() {
        return content.plan();
    }
}
