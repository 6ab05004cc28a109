package no.helhet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/** The request's status follows the decision and the appointment through events and the publication registry. */
@IntegrationTest
@EnableScenarios
class RequestProgressIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RequestService requests;

    @Autowired
    DecisionService decisions;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStatusFollowsTheDecisionAndThenTheAppointment(Scenario scenario) {
        FamilyDetails family = fixtures.aFamily("Hendelsesen", 8);
        UUID requestId = fixtures.aRequest(family, requests.today().minusDays(5));
        LocalDate today = requests.today();

        scenario.publish(new DecisionMade(UUID.randomUUID(), requestId, family.id(), true, today))
                .andWaitForStateChange(() -> requests.getRequest(requestId).status(), s -> s == RequestStatus.GRANTED)
                .andVerify(s ->
                        assertThat(requests.getRequest(requestId).closedOn()).isNull());

        StaffSummary hanne = staff.findStaffByUsername("koord1").orElseThrow();
        scenario.publish(new CoordinatorAppointed(
                        UUID.randomUUID(), requestId, family.id(), hanne.id(), hanne.unitId(), today))
                .andWaitForStateChange(() -> requests.getRequest(requestId), r -> r.status() == RequestStatus.APPOINTED)
                .andVerify(r -> {
                    assertThat(r.coordinatorId()).isEqualTo(hanne.id());
                    assertThat(r.closedOn()).isEqualTo(today);
                });

        // a decision delivered again after the appointment (a resubmission) does not move the request back
        scenario.publish(new DecisionMade(UUID.randomUUID(), requestId, family.id(), true, today))
                .andWaitForStateChange(() -> requests.getRequest(requestId).status())
                .andVerify(s -> assertThat(s).isEqualTo(RequestStatus.APPOINTED));
    }

    @Test
    void aRefusalStopsTheWaitingOnTheDayOfTheDecision() {
        FamilyDetails family = fixtures.aFamily("Avslagsen", 8);
        UUID requestId = fixtures.aRequest(family, requests.today().minusDays(5));
        transactions.executeWithoutResult(s -> events.publishEvent(
                new DecisionMade(UUID.randomUUID(), requestId, family.id(), false, requests.today())));

        RequestSummary request = requests.getRequest(requestId);
        assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(request.closedOn()).isEqualTo(requests.today());
    }

    @Test
    void aDecisionMovesTheRequestBeforeDecideReturnsAndItsPublicationIsCompleted() {
        FamilyDetails family = fixtures.aFamily("Registersen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);

        // synchronous after commit: nothing to wait for when the user's next page loads
        UUID requestId = decisions.getDecision(decisionId).requestId();
        assertThat(requests.getRequest(requestId).status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(publicationsAbout(decisionId, true)).isEqualTo(1);
        assertThat(publicationsAbout(decisionId, false)).isZero();
    }

    @Test
    void aListenerThatFailsLeavesAnIncompletePublicationInTheRegistry() {
        UUID unknownRequest = UUID.randomUUID(); // the listener throws RequestNotFoundException
        UUID decisionId = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(
                new DecisionMade(decisionId, unknownRequest, UUID.randomUUID(), true, requests.today())));

        assertThat(publicationsAbout(decisionId, false)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select listener_id from event_publication
                        where serialized_event like :id and completion_date is null
                          and listener_id like '%RequestProgress%'
                        """)
                        .param("id", "%" + decisionId + "%")
                        .query(String.class)
                        .single())
                .contains("RequestProgress")
                .contains("DecisionMade");
    }

    private int publicationsAbout(UUID id, boolean completed) {
        // the request's own listener (the complaint module listens to DecisionMade too)
        return jdbc.sql("select count(*) from event_publication where serialized_event like :id"
                        + " and listener_id like '%RequestProgress%' and "
                        + (completed ? "completion_date is not null" : "completion_date is null"))
                .param("id", "%" + id + "%")
                .query(Integer.class)
                .single();
    }
}
