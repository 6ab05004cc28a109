package no.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.plan.IndividualPlan;
import no.helhet.plan.PlanService;
import no.helhet.plan.PlanStatus;
import no.helhet.support.DemoData;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data hold individual plans in every state: draft, approved, overdue evaluation, revised. */
@IntegrationTest
@DemoData
class DemoPlansTest {

    @Autowired
    AppointmentService appointments;

    @Autowired
    PlanService plans;

    @Test
    void theDemoHasAPlanInEveryState() {
        List<IndividualPlan> all = appointments.activeOn(plans.today()).stream()
                .map(AppointmentView::familyId)
                .distinct()
                .flatMap(f -> plans.forFamily(f).stream())
                .toList();
        assertThat(all).anySatisfy(p -> assertThat(p.approvedVersion()).isZero());
        assertThat(all).anySatisfy(p -> assertThat(p.status()).isEqualTo(PlanStatus.APPROVED));
        assertThat(all)
                .anySatisfy(
                        p -> assertThat(p.evaluationOverdueOn(plans.today())).isTrue());
        assertThat(all).anySatisfy(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(p.approvedVersion()).isEqualTo(1);
        });
    }
}
