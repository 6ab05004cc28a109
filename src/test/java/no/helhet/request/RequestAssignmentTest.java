package no.helhet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** KE assigns a request to a caseworker ("Tildelt"), under the request's optimistic lock; "Mine saker". */
@IntegrationTest
class RequestAssignmentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RequestService requests;

    @Autowired
    RequestAssignments assignments;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keAssignsARequestToACaseworkerShownOnTheCasePageAndTheWorklist() {
        UUID requestId = aRequest("Tildelsen");
        UUID ke2 = staffId("ke2");
        int version = assignments.of(requestId).version();
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Saken er ikke tildelt noen.")
                .contains("name=\"version\" value=\"" + version + "\"");

        MvcTestResult assigned = assign(requestId, ke2.toString(), version, "ke");
        assertThat(assigned).hasStatus(HttpStatus.FOUND);
        assertThat(assignments.of(requestId).caseworkerId()).isEqualTo(ke2);
        assertThat(assignments.of(requestId).version()).isGreaterThan(version);
        String ke2Name = staff.findStaff(ke2).orElseThrow().fullName();
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .bodyText()
                .contains("Tildelt " + ke2Name + ".");
        // The worklist: a column, and a filter that finds it.
        assertThat(mvc.get().uri("/worklist?status=ALL&assigned=" + ke2).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("/requests/" + requestId)
                .contains("<td>" + ke2Name + "</td>");
        assertThat(mvc.get().uri("/worklist?status=ALL&assigned=none").with(fixtures.as("ke")))
                .bodyText()
                .doesNotContain("/requests/" + requestId + "\"");
        // The family's chronology: the assignment, by the caseworker's name.
        UUID familyId = requests.getRequest(requestId).familyId();
        assertThat(mvc.get().uri("/families/" + familyId + "/chronology").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Saken tildelt")
                .contains(ke2Name);
        // The change is in the access log, with the family.
        assertThat(jdbc.sql("select count(*) from access_log where what = 'request.assign' and username = 'ke'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void meAssignsToTheCaseworkerWhoIsLoggedInAndEmptyToNoOne() {
        UUID requestId = aRequest("Megsen");
        assign(requestId, "me", assignments.of(requestId).version(), "kelead");
        assertThat(assignments.of(requestId).caseworkerId()).isEqualTo(staffId("kelead"));
        assign(requestId, "", assignments.of(requestId).version(), "ke");
        assertThat(assignments.of(requestId).caseworkerId()).isNull();
    }

    @Test
    void aStaleVersionIsAConflictShownAndNotOverwritten() {
        UUID requestId = aRequest("Konfliktsen");
        int seen = assignments.of(requestId).version();
        assign(requestId, staffId("ke2").toString(), seen, "ke2");
        MvcTestResult stale = assign(requestId, staffId("ke").toString(), seen, "ke");
        assertThat(stale).hasStatus(HttpStatus.FOUND);
        assertThat(stale).flash().containsEntry("assignError", "request.assign.conflict");
        assertThat(assignments.of(requestId).caseworkerId()).isEqualTo(staffId("ke2"));
        // (The page shows the flash message; MockMvc's flashAttr does not reach Spring Session's store, as
        // in FormTokenTest, so the redirect's flash map is what is checked here.)
        assertThat(stale.getMvcResult().getFlashMap().get("saved")).isNull();
        // Nor does the chain's own save overwrite an assignment made after it read the request.
        requests.startAssessment(requestId);
        assertThat(assignments.of(requestId).caseworkerId()).isEqualTo(staffId("ke2"));
    }

    @Test
    void onlyTheCoordinatingUnitAssignsAndOnlyToItsOwnCaseworkers() {
        UUID requestId = aRequest("Nektesen");
        int version = assignments.of(requestId).version();
        for (String outsider : new String[] {"koord1", "leder", "admin"}) {
            MvcTestResult refused = assign(requestId, staffId("ke").toString(), version, outsider);
            assertThat(refused.getResponse().getStatus()).as(outsider).isIn(403, 404);
        }
        assertThat(assignments.of(requestId).caseworkerId()).isNull();
        MvcTestResult coordinator = assign(requestId, staffId("koord1").toString(), version, "ke");
        assertThat(coordinator).flash().containsEntry("assignError", "request.assign.invalid");
        MvcTestResult garbage = assign(requestId, "not-a-uuid", version, "ke");
        assertThat(garbage).hasStatus(HttpStatus.FOUND);
        assertThat(assignments.of(requestId).caseworkerId()).isNull();
        assertThat(mvc.post()
                        .uri("/requests/" + UUID.randomUUID() + "/assignee")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("assignee", "me")
                        .param("version", "0"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void mineSakerListsMyOpenAssignedRequestsWithStepAndWaitingTime() {
        UUID mine = aRequest("Minesaksen");
        UUID closed = aRequest("Lukketsen");
        UUID someoneElses = aRequest("Andresen");
        assign(mine, "me", assignments.of(mine).version(), "ke2");
        assign(closed, "me", assignments.of(closed).version(), "ke2");
        assign(someoneElses, "me", assignments.of(someoneElses).version(), "ke");
        requests.startAssessment(mine);
        jdbc.sql("update coordinator_request set status = 'REFUSED', closed_on = received_on where id = :id")
                .param("id", closed)
                .update();

        MvcTestResult page = mvc.get().uri("/my-cases").with(fixtures.as("ke2")).exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("<title>Mine saker – Helhet</title>")
                .contains("href=\"/my-cases\" aria-current=\"page\"")
                .contains("/requests/" + mine)
                .contains("Vurdering (Under vurdering)")
                .contains("aria-sort=\"ascending\"")
                .doesNotContain("/requests/" + closed)
                .doesNotContain("/requests/" + someoneElses);
        assertThat(page).bodyText().contains("<span>12</span>");

        for (String outsider : new String[] {"koord1", "leder", "admin"}) {
            MvcTestResult refused =
                    mvc.get().uri("/my-cases").with(fixtures.as(outsider)).exchange();
            assertThat(refused.getResponse().getStatus()).as(outsider).isIn(403, 404);
        }
    }

    private UUID aRequest(String familyName) {
        FamilyDetails family = fixtures.aFamily(familyName, 9);
        return fixtures.aRequest(family, requests.today().minusDays(12));
    }

    private UUID staffId(String username) {
        return staff.findStaffByUsername(username).orElseThrow().id();
    }

    private MvcTestResult assign(UUID requestId, String assignee, int version, String as) {
        return mvc.post()
                .uri("/requests/" + requestId + "/assignee")
                .with(fixtures.as(as))
                .with(csrf())
                .param("assignee", assignee)
                .param("version", String.valueOf(version))
                .exchange();
    }
}
